/* tool_report.c: the batch report: one JSON line per input (--report), and
 * the end-of-run summary that groups identical problems with counts. The
 * file is written beside its final name and renamed into place when the
 * run is over, so a reader never sees half a report. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool_batch.h"
#include "base/util.h"

/* The loss report's notes: listed as "dropped", not as problems. */
#define LOSS_CODE "TC200"

/* Distinct problems kept for the summary; more are only counted, so a run
 * over a million inputs with a million different messages stays small. */
#define MAX_GROUPS   256
#define MAX_EXAMPLES 3

typedef struct group {
    tc_severity sev;
    char *code;
    char *message;
    size_t count;
    char *examples[MAX_EXAMPLES];
    size_t nexamples;
} group;

struct tool_report {
    FILE *f;
    char *path;       /* the final name */
    char *tmp;        /* the file being written, renamed to path at the end */
    int validation;   /* lines of verdicts (validate), not of outputs */
    unsigned formats; /* the formats asked for (convert) */
    group *groups;
    size_t ngroups;
    size_t other;      /* problems beyond MAX_GROUPS distinct ones */
    size_t run_errors; /* errors of the run itself: folders, the stylesheet */
    int write_failed;
};

tool_report *tool_report_open(const char *path)
{
    tool_report *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->groups = calloc(MAX_GROUPS, sizeof(*r->groups));
    if (!r->groups) {
        free(r);
        return NULL;
    }
    if (!path)
        return r;
    r->path = tc_strdup(path);
    r->tmp = tc_temp_template(path);
    int fd = r->path && r->tmp ? mkstemp(r->tmp) : -1;
    if (fd < 0) {
        int err = r->tmp ? errno : ENOMEM;
        free(r->tmp);
        r->tmp = NULL;
        tool_report_free(r);
        errno = err;
        return NULL;
    }
    mode_t mask = umask(0); /* mkstemp makes 0600; a report is as fopen's */
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        int err = errno;
        close(fd);
        unlink(r->tmp);
        tool_report_free(r);
        errno = err;
        return NULL;
    }
    r->f = fdopen(fd, "w");
    if (!r->f) {
        int err = errno;
        close(fd);
        tool_report_free(r);
        errno = err;
        return NULL;
    }
    return r;
}

void tool_report_set_formats(tool_report *r, unsigned formats)
{
    r->formats = formats;
}

/* Each format asked for and what became of it: "ok" (written), "up to
 * date", "failed" (its rendering, its check or its writing failed, or the
 * whole input did) or "not made" (no way to it from this kind of input). */
static void format_results(tc_buf *b, const tc_batch_item *item,
                           unsigned formats)
{
    tc_buf_puts(b, ",\"formats\":{");
    int first = 1;
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        tc_format f = (tc_format)(1u << i);
        if (!(formats & f))
            continue;
        const char *what = "not made";
        if (item->outputs & f)
            what = item->state == TC_ITEM_SKIPPED ? "up to date" : "ok";
        else if ((item->failed & f) || item->state == TC_ITEM_FAILED)
            what = "failed";
        tc_buf_printf(b, "%s\"%s\":\"%s\"", first ? "" : ",", tc_format_name(f),
                      what);
        first = 0;
    }
    tc_buf_putc(b, '}');
}

void tool_report_set_validation(tool_report *r)
{
    r->validation = 1;
}

/* validate: {"path":..,"valid":..,"status":..,"errors":N,"warnings":N,
 * "diagnostics":[..],"milliseconds":..} */
static void verdict_line(tool_report *r, const tc_batch_item *item)
{
    size_t errors = tc_diags_errors(item->diags), warnings = 0;
    for (size_t i = 0; i < tc_diags_count(item->diags); i++)
        warnings += tc_diags_at(item->diags, i)->severity == TC_SEV_WARNING;
    tc_buf b = {0};
    tc_buf_puts(&b, "{\"path\":");
    tc_buf_json_string(&b, item->path);
    if (!tc_utf8_valid(item->path))
        tc_buf_puts(&b, ",\"escaped_names\":true");
    tc_buf_printf(&b, ",\"valid\":%s,\"status\":",
                  item->state == TC_ITEM_OK ? "true" : "false");
    tc_buf_json_string(&b, tc_status_str(item->status));
    tc_buf_printf(&b, ",\"errors\":%zu,\"warnings\":%zu,\"diagnostics\":[",
                  errors, warnings);
    for (size_t i = 0; i < tc_diags_count(item->diags); i++) {
        char *js = tc_diag_format(tc_diags_at(item->diags, i), TC_DIAG_JSON);
        if (!js)
            continue;
        if (i)
            tc_buf_putc(&b, ',');
        tc_buf_puts(&b, js);
        free(js);
    }
    tc_buf_printf(&b, "],\"milliseconds\":%.3f}\n", item->ms);
    char *line = tc_buf_take(&b);
    if (!line || fputs(line, r->f) == EOF)
        r->write_failed = 1;
    free(line);
}

static void count_problem(tool_report *r, const tc_diag *dg, const char *path)
{
    group *g = NULL;
    for (size_t i = 0; i < r->ngroups && !g; i++)
        if (r->groups[i].sev == dg->severity &&
            strcmp(r->groups[i].code, dg->code) == 0 &&
            strcmp(r->groups[i].message, dg->message) == 0)
            g = &r->groups[i];
    if (!g) {
        if (r->ngroups == MAX_GROUPS) {
            r->other++;
            return;
        }
        g = &r->groups[r->ngroups];
        g->code = tc_strdup(dg->code);
        g->message = tc_strdup(dg->message);
        if (!g->code || !g->message) {
            free(g->code);
            free(g->message);
            memset(g, 0, sizeof(*g));
            r->other++;
            return;
        }
        g->sev = dg->severity;
        r->ngroups++;
    }
    g->count++;
    if (g->nexamples < MAX_EXAMPLES &&
        (g->nexamples == 0 ||
         strcmp(g->examples[g->nexamples - 1], path) != 0)) {
        char *ex = tc_strdup(path);
        if (ex)
            g->examples[g->nexamples++] = ex;
    }
}

void tool_report_run(tool_report *r, const tc_diags *d)
{
    for (size_t i = 0; r && i < tc_diags_count(d); i++) {
        const tc_diag *dg = tc_diags_at(d, i);
        count_problem(r, dg, dg->file ? dg->file : "");
        r->run_errors += dg->severity == TC_SEV_ERROR;
    }
}

static void diag_list(tc_buf *b, const tc_diags *d, int errors)
{
    int first = 1;
    tc_buf_putc(b, '[');
    for (size_t i = 0; i < tc_diags_count(d); i++) {
        const tc_diag *dg = tc_diags_at(d, i);
        if ((dg->severity == TC_SEV_ERROR) != errors ||
            strcmp(dg->code, LOSS_CODE) == 0)
            continue;
        char *js = tc_diag_format(dg, TC_DIAG_JSON);
        if (!js)
            continue;
        if (!first)
            tc_buf_putc(b, ',');
        tc_buf_puts(b, js);
        free(js);
        first = 0;
    }
    tc_buf_putc(b, ']');
}

static const char *state_name(tc_item_state s)
{
    switch (s) {
    case TC_ITEM_OK:
        return "ok";
    case TC_ITEM_SKIPPED:
        return "skipped";
    case TC_ITEM_FAILED:
        return "failed";
    }
    return "failed";
}

void tool_report_item(tool_report *r, const tc_batch_item *item)
{
    for (size_t i = 0; i < tc_diags_count(item->diags); i++)
        if (strcmp(tc_diags_at(item->diags, i)->code, LOSS_CODE) != 0)
            count_problem(r, tc_diags_at(item->diags, i), item->path);
    if (!r->f)
        return;
    if (r->validation) {
        verdict_line(r, item);
        return;
    }
    tc_buf b = {0};
    tc_buf_puts(&b, "{\"path\":");
    tc_buf_json_string(&b, item->path);
    if (!tc_utf8_valid(item->path) ||
        (item->out_base && !tc_utf8_valid(item->out_base)))
        tc_buf_puts(&b, ",\"escaped_names\":true");
    tc_buf_printf(&b, ",\"status\":\"%s\"", state_name(item->state));
    if (item->state == TC_ITEM_FAILED) {
        tc_buf_puts(&b, ",\"reason\":");
        tc_buf_json_string(&b, tc_status_str(item->status));
    }
    tc_buf_puts(&b, ",\"outputs\":[");
    int first = 1;
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        tc_format f = (tc_format)(1u << i);
        if (!(item->outputs & f))
            continue;
        char *path = tc_asprintf("%s%s", item->out_base, tc_format_suffix(f));
        if (!path)
            continue;
        if (!first)
            tc_buf_putc(&b, ',');
        tc_buf_json_string(&b, path);
        free(path);
        first = 0;
    }
    if (item->user_output) {
        if (!first)
            tc_buf_putc(&b, ',');
        tc_buf_json_string(&b, item->user_output);
    }
    tc_buf_putc(&b, ']');
    format_results(&b, item, r->formats);
    tc_buf_puts(&b, ",\"dropped\":[");
    first = 1;
    for (size_t i = 0; i < tc_diags_count(item->diags); i++) {
        const tc_diag *dg = tc_diags_at(item->diags, i);
        if (strcmp(dg->code, LOSS_CODE) != 0)
            continue;
        if (!first)
            tc_buf_putc(&b, ',');
        const char *what = dg->message;
        if (strncmp(what, "dropped: ", 9) == 0)
            what += 9;
        tc_buf_json_string(&b, what);
        first = 0;
    }
    tc_buf_puts(&b, "],\"warnings\":");
    diag_list(&b, item->diags, 0);
    tc_buf_puts(&b, ",\"errors\":");
    diag_list(&b, item->diags, 1);
    tc_buf_printf(&b, ",\"milliseconds\":%.3f}\n", item->ms);
    char *line = tc_buf_take(&b);
    if (!line || fputs(line, r->f) == EOF)
        r->write_failed = 1;
    free(line);
}

static const char *sev_name(tc_severity s)
{
    return s == TC_SEV_ERROR     ? "error"
           : s == TC_SEV_WARNING ? "warning"
                                 : "note";
}

static int by_count(const void *a, const void *b)
{
    const group *x = a, *y = b;
    if (x->sev != y->sev)
        return x->sev > y->sev ? -1 : 1;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->code, y->code);
}

void tool_report_collection(tool_report *r, const char *path, const char *index,
                            size_t records, size_t left_out, int ok)
{
    if (!r || !r->f)
        return;
    tc_buf b = {0};
    tc_buf_puts(&b, "{\"collection\":");
    tc_buf_json_string(&b, path ? path : "");
    if (index) {
        tc_buf_puts(&b, ",\"index\":");
        tc_buf_json_string(&b, index);
    }
    tc_buf_printf(&b, ",\"records\":%zu,\"left_out\":%zu,\"status\":\"%s\"}\n",
                  records, left_out, ok ? "ok" : "failed");
    char *line = tc_buf_take(&b);
    if (!line || fputs(line, r->f) == EOF)
        r->write_failed = 1;
    free(line);
}

int tool_report_finish(tool_report *r, const tc_batch_stats *st)
{
    qsort(r->groups, r->ngroups, sizeof(*r->groups), by_count);
    if (!r->f)
        return 0;
    tc_buf b = {0};
    if (r->validation)
        tc_buf_printf(&b,
                      "{\"summary\":{\"files\":%zu,\"valid\":%zu,"
                      "\"invalid\":%zu,\"not_started\":%zu,"
                      "\"interrupted\":%s,\"problems\":[",
                      st->total, st->ok, st->failed, st->not_started,
                      st->stopped ? "true" : "false");
    else
        tc_buf_printf(&b,
                      "{\"summary\":{\"total\":%zu,\"ok\":%zu,"
                      "\"skipped\":%zu,\"failed\":%zu,\"not_started\":%zu,"
                      "\"interrupted\":%s,\"problems\":[",
                      st->total, st->ok, st->skipped, st->failed,
                      st->not_started, st->stopped ? "true" : "false");
    for (size_t i = 0; i < r->ngroups; i++) {
        const group *g = &r->groups[i];
        tc_buf_printf(&b, "%s{\"severity\":\"%s\",\"code\":", i ? "," : "",
                      sev_name(g->sev));
        tc_buf_json_string(&b, g->code);
        tc_buf_puts(&b, ",\"message\":");
        tc_buf_json_string(&b, g->message);
        tc_buf_printf(&b, ",\"count\":%zu,\"examples\":[", g->count);
        for (size_t k = 0; k < g->nexamples; k++) {
            if (k)
                tc_buf_putc(&b, ',');
            tc_buf_json_string(&b, g->examples[k]);
        }
        tc_buf_puts(&b, "]}");
    }
    tc_buf_printf(&b, "],\"other_problems\":%zu,\"run_errors\":%zu}}\n",
                  r->other, r->run_errors);
    char *line = tc_buf_take(&b);
    if (!line || fputs(line, r->f) == EOF)
        r->write_failed = 1;
    free(line);
    if (fclose(r->f) != 0)
        r->write_failed = 1;
    r->f = NULL;
    if (!r->write_failed && rename(r->tmp, r->path) != 0)
        r->write_failed = 1;
    if (r->write_failed)
        unlink(r->tmp);
    free(r->tmp);
    r->tmp = NULL;
    return r->write_failed ? -1 : 0;
}

void tool_report_print_summary(const tool_report *r, tc_severity min, FILE *err)
{
    size_t shown = 0;
    for (size_t i = 0; i < r->ngroups; i++)
        shown += r->groups[i].sev >= min;
    if (shown == 0)
        return;
    fputs("teiconv: problems, grouped:\n", err);
    for (size_t i = 0; i < r->ngroups; i++) {
        const group *g = &r->groups[i];
        if (g->sev < min)
            continue;
        fprintf(err, "  %6zu x %s[%s]: %s (e.g. ", g->count, sev_name(g->sev),
                g->code, g->message);
        for (size_t k = 0; k < g->nexamples; k++)
            fprintf(err, "%s%s", k ? ", " : "", g->examples[k]);
        fputs(g->count > g->nexamples ? ", ...)\n" : ")\n", err);
    }
    if (r->other)
        fprintf(err,
                "  %6zu x other problems (too many distinct messages "
                "to list)\n",
                r->other);
}

void tool_report_free(tool_report *r)
{
    if (!r)
        return;
    if (r->f)
        fclose(r->f);
    if (r->tmp)
        unlink(r->tmp); /* never finished: no report rather than half of one */
    free(r->tmp);
    free(r->path);
    for (size_t i = 0; i < r->ngroups; i++) {
        free(r->groups[i].code);
        free(r->groups[i].message);
        for (size_t k = 0; k < r->groups[i].nexamples; k++)
            free(r->groups[i].examples[k]);
    }
    free(r->groups);
    free(r);
}
