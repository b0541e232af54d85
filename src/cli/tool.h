/* tool.h: the teiconv command-line layer: exit codes and the subcommand
 * entry points. The tool only parses arguments, calls the library and
 * prints. */
#ifndef TC_TOOL_H
#define TC_TOOL_H

#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>

#include "teiconv.h"

/* The stop signals of a command (tool_signals.c): tool_stop_requested
 * is 1 once one came (a lock-free atomic, read by the library's workers
 * through tc_batch_opts.stop); catch them for the run, then restore. */
typedef struct tool_signals {
    struct sigaction old_int, old_term, old_hup, old_pipe;
} tool_signals;
extern atomic_int tool_stop_requested;
void tool_stop_signals_catch(tool_signals *saved);
void tool_stop_signals_restore(const tool_signals *saved);
/* Run a subcommand (argv[0] is its name) with the stop signals caught
 * throughout: a stop in any of its steps ends it with EXIT_INTERRUPTED,
 * and a message when the command printed none. */
typedef int (*tool_command)(int argc, char **argv, FILE *out, FILE *err);
int tool_run_stoppable(tool_command cmd, int argc, char **argv, FILE *out,
                       FILE *err);

/* Exit codes of the teiconv program (listed in README.md). */
enum tool_exit {
    EXIT_OK = 0,     /* every input converted / valid */
    EXIT_FAILED = 1, /* some input was unusable or invalid */
    EXIT_USAGE = 2,  /* bad command line */
    EXIT_IO = 3,     /* an input or output file could not be read or written */
    EXIT_INTERNAL = 4,     /* out of memory, or a bug (stylesheet, schema) */
    EXIT_INTERRUPTED = 130 /* stopped by SIGINT/SIGTERM */
};

/* The whole CLI: argv[1] is the subcommand. */
int tool_main(int argc, char **argv, FILE *out, FILE *err);
int tool_convert(int argc, char **argv, FILE *out, FILE *err);
int tool_validate(int argc, char **argv, FILE *out, FILE *err);
int tool_schemas(int argc, char **argv, FILE *out, FILE *err);

/* Exit code for a library status. */
int tool_exit_for(tc_status st);

/* Print every diagnostic of d to err in the given style. */
void tool_print_diags(FILE *err, const tc_diags *d, tc_diag_style style);
/* The same, leaving out diagnostics below severity min (--quiet). */
void tool_print_diags_min(FILE *err, const tc_diags *d, tc_diag_style style,
                          tc_severity min);

/* Print the diagnostics of d of severity min or more, leaving out those
 * with code skip (NULL: none). */
void tool_print_diags_except(FILE *err, const tc_diags *d, tc_diag_style style,
                             tc_severity min, const char *skip);

/* The same, printing at most max of them (0: no cap); returns how many
 * were held back (--max-diagnostics). */
size_t tool_print_diags_capped(FILE *err, const tc_diags *d,
                               tc_diag_style style, tc_severity min,
                               const char *skip, size_t max);

/* Shared limit options (tool_limits.c). tool_parse_size reads "1048576",
 * "512K", "256M", "2G" (powers of 1024; 0 allowed): 0, or -1. The _opt
 * helpers print the usage error for command cmd and return an exit code
 * (EXIT_OK when the value is good); --allow-read applies it at once. */
int tool_parse_size(const char *s, size_t *out);
/* A size option (opt: "--max-size", "--max-node-size") read into *out. */
int tool_size_opt(const char *cmd, const char *opt, const char *arg,
                  size_t *out, FILE *err);
int tool_allow_read_opt(const char *cmd, const char *dir, FILE *err);
/* --max-validate-seconds N ("0.05" allowed; 0 = no limit), applied at once
 * (tc_set_validate_time_limit). */
int tool_validate_seconds_opt(const char *cmd, const char *arg, FILE *err);
/* -j N, 1 to 1024 (the same in every command). */
int tool_jobs_opt(const char *cmd, const char *arg, int *out, FILE *err);

/* --xsl FILE, --param NAME=VALUE, --xsl-ext EXT (tool_user_xsl.c).
 * Zero-initialise; path and ext are borrowed from argv. */
typedef struct tool_user_xsl {
    const char *path; /* --xsl, NULL when not given */
    const char *ext;  /* --xsl-ext, NULL for the default */
    char **params;    /* name, value, ..., NULL (owned) */
    size_t n;         /* number of parameters */
    char *suffix;     /* "." ext (owned), NULL for the default */
} tool_user_xsl;

/* Add one "NAME=VALUE"; EXIT_OK, or EXIT_USAGE with a message on err. */
int tool_user_xsl_param(tool_user_xsl *u, const char *arg, FILE *err);
/* Compile u->path into e with the parameters and check the suffix of its
 * outputs; an exit code (EXIT_OK, or the error printed on err). */
int tool_user_xsl_setup(tool_user_xsl *u, tc_engine *e, FILE *err,
                        tc_diag_style style);
/* The suffix of the --xsl outputs (after tool_user_xsl_setup); borrowed. */
const char *tool_user_xsl_suffix(const tool_user_xsl *u, const tc_engine *e);
void tool_user_xsl_free(tool_user_xsl *u);

/* --collection NAME, --collection-title, --collection-id
 * (tool_collection.c). Zero-initialise; name, title and id are borrowed. */
typedef struct tool_report tool_report;
typedef struct tool_collection {
    const char *name;   /* --collection: the finding aid's file in OUT */
    const char *title;  /* --collection-title, NULL for the default */
    const char *id;     /* --collection-id, NULL for the default */
    const char *outdir; /* the batch's output folder */
    tc_collection *c;   /* owned */
    size_t left_out;    /* converted inputs that could not join */
} tool_collection;

/* 0, or -1 when out of memory. */
int tool_collection_start(tool_collection *t, const char *outdir);
/* One converted (or up-to-date) input joins, from its TEI; problems go to
 * d (a record left out is a warning there). */
void tool_collection_add(tool_collection *t, const tc_batch_item *item,
                         tc_diags *d);
/* Write OUT/NAME (EAD 2002) and, with with_index, OUT/index.html; a line
 * in the report and, unless min is TC_SEV_ERROR (-q), one on err; an exit
 * code (problems of severity min or more printed on diag_out). */
int tool_collection_finish(tool_collection *t, const tc_engine *e,
                           int with_index, int sync, tool_report *report,
                           FILE *err, FILE *diag_out, tc_diag_style style,
                           tc_severity min);
void tool_collection_free(tool_collection *t);

#endif /* TC_TOOL_H */
