/* tool_batch.h: the command line's batch helpers: the progress bar on a
 * terminal, and the --report file with its end-of-run problem summary. */
#ifndef TC_TOOL_BATCH_H
#define TC_TOOL_BATCH_H

#include <stdio.h>
#include "teiconv.h"

/* ---- progress bar (tool_progress.c) ---- */

typedef struct tool_progress {
    FILE *err;
    int on;                /* draw at all */
    int drawn;             /* a bar is on the current line */
    double last;           /* when it was last drawn (seconds, monotonic) */
    size_t shown;          /* the done count last drawn */
    tc_batch_progress now; /* the latest counts, for a redraw */
    int have_now;
} tool_progress;

/* on: draw the bar (the caller decided: terminal, --progress, --quiet). */
void tool_progress_init(tool_progress *p, FILE *err, int on);
/* Redraw, at most ten times a second unless final. */
void tool_progress_update(tool_progress *p, const tc_batch_progress *bp,
                          int final);
/* Erase the bar so that a message can be printed on a clean line; the
 * next update draws it again. */
void tool_progress_clear(tool_progress *p);
/* Draw the bar again below messages just printed (after a clear). */
void tool_progress_redraw(tool_progress *p);
/* Leave the last bar on screen and end its line. */
void tool_progress_done(tool_progress *p);

/* ---- report and summary (tool_report.c) ---- */

typedef struct tool_report tool_report;

/* A report writing JSON Lines to path (NULL: only the summary is kept),
 * through a temporary file beside it renamed into place by
 * tool_report_finish. NULL when out of memory or when the file cannot be
 * created (errno set). */
tool_report *tool_report_open(const char *path);
/* convert: the formats asked for, each given its result in an input's
 * line ("formats": {"tei": "ok", "text": "failed", ...}). */
void tool_report_set_formats(tool_report *r, unsigned formats);
/* validate: each line is a verdict (valid, errors, warnings, diagnostics)
 * and the summary counts valid and invalid files. */
void tool_report_set_validation(tool_report *r);
/* One input: a JSON line, and its problems counted into the summary. */
void tool_report_item(tool_report *r, const tc_batch_item *item);
/* The run's own problems (d: those not of one input, such as a folder
 * that cannot be read or created, or a teiconv.css that cannot be
 * written): counted into the summary's problems, their errors also as its
 * "run_errors". Call once, before tool_report_finish. */
void tool_report_run(tool_report *r, const tc_diags *d);
/* The line of a --collection run: its files, how many records it holds,
 * how many were left out, and whether it was written. */
void tool_report_collection(tool_report *r, const char *path, const char *index,
                            size_t records, size_t left_out, int ok);
/* The summary line (counts, grouped problems) at the end of the file, then
 * close it. Returns 0, or -1 when the file could not be written. */
int tool_report_finish(tool_report *r, const tc_batch_stats *st);
/* Grouped problems for people: "  12 × error[TC003] … (e.g. a.txt, b.txt)",
 * leaving out groups below severity min. */
void tool_report_print_summary(const tool_report *r, tc_severity min,
                               FILE *err);
void tool_report_free(tool_report *r);

#endif /* TC_TOOL_BATCH_H */
