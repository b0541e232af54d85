/* tool.h: the teiconv command-line layer: exit codes and the subcommand
 * entry points. The tool only parses arguments, calls the library and
 * prints. */
#ifndef TC_TOOL_H
#define TC_TOOL_H

#include <stdio.h>
#include "teiconv.h"

/* Exit codes of the teiconv program (listed in README.md). */
enum tool_exit {
    EXIT_OK = 0,          /* every input converted / valid */
    EXIT_FAILED = 1,      /* some input was unusable or invalid */
    EXIT_USAGE = 2,       /* bad command line */
    EXIT_IO = 3,          /* an input or output file could not be read or written */
    EXIT_INTERNAL = 4,    /* out of memory, or a bug (stylesheet, schema) */
    EXIT_INTERRUPTED = 130 /* stopped by SIGINT/SIGTERM */
};

/* The whole CLI: argv[1] is the subcommand. */
int tool_main(int argc, char **argv, FILE *out, FILE *err);
int tool_convert(int argc, char **argv, FILE *out, FILE *err);
int tool_validate(int argc, char **argv, FILE *out, FILE *err);

/* Exit code for a library status. */
int tool_exit_for(tc_status st);

/* Print every diagnostic of d to err in the given style. */
void tool_print_diags(FILE *err, const tc_diags *d, tc_diag_style style);
/* The same, leaving out diagnostics below severity min (--quiet). */
void tool_print_diags_min(FILE *err, const tc_diags *d, tc_diag_style style,
                          tc_severity min);

#endif /* TC_TOOL_H */
