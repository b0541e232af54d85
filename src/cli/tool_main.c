/* tool_main.c: the teiconv command line's top level: subcommand dispatch,
 * --help, --version, and the shared printing of diagnostics. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "tool.h"

static const char usage[] =
    "Usage: teiconv COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "Convert plain-text archival records and TEI documents into TEI P5,\n"
    "EAD 2002, EAD3, HTML, plain text and Dublin Core; validate TEI and EAD.\n"
    "\n"
    "Commands:\n"
    "  convert    convert records (see 'teiconv convert --help')\n"
    "  validate   validate TEI/EAD files (see 'teiconv validate --help')\n"
    "  schemas    install or list the official schemas (see 'teiconv schemas "
    "--help')\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help ('teiconv help COMMAND' for a command's)\n"
    "  -V, --version  show the versions of teiconv and its libraries, and\n"
    "                 the data folder in use\n"
    "\n"
    "Exit codes: 0 all good; 1 an input failed or is invalid; 2 usage error;\n"
    "3 file read/write error; 4 internal error; 130 interrupted.\n";

int tool_exit_for(tc_status st)
{
    switch (st) {
    case TC_OK:
        return EXIT_OK;
    case TC_E_USAGE:
        return EXIT_USAGE;
    case TC_E_INPUT:
    case TC_E_INVALID:
        return EXIT_FAILED;
    case TC_E_IO:
        return EXIT_IO;
    case TC_E_NOMEM:
    case TC_E_INTERNAL:
        return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

size_t tool_print_diags_capped(FILE *err, const tc_diags *d,
                               tc_diag_style style, tc_severity min,
                               const char *skip, size_t max)
{
    size_t printed = 0, held = 0;
    for (size_t i = 0; i < tc_diags_count(d); i++) {
        if (tc_diags_at(d, i)->severity < min ||
            (skip && strcmp(tc_diags_at(d, i)->code, skip) == 0))
            continue;
        if (max && printed == max) {
            held++;
            continue;
        }
        char *s = tc_diag_format(tc_diags_at(d, i), style);
        if (s) {
            fprintf(err, "%s\n", s);
            free(s);
            printed++;
        }
    }
    return held;
}

void tool_print_diags_except(FILE *err, const tc_diags *d, tc_diag_style style,
                             tc_severity min, const char *skip)
{
    tool_print_diags_capped(err, d, style, min, skip, 0);
}

void tool_print_diags_min(FILE *err, const tc_diags *d, tc_diag_style style,
                          tc_severity min)
{
    tool_print_diags_except(err, d, style, min, NULL);
}

void tool_print_diags(FILE *err, const tc_diags *d, tc_diag_style style)
{
    tool_print_diags_min(err, d, style, TC_SEV_NOTE);
}

/* --version: ours, the libraries', and where the data folder is. */
static void print_version(FILE *out)
{
    fprintf(out, "teiconv %s\n%s\n", tc_version(), tc_library_versions());
    const char *data = tc_datadir();
    if (data)
        fprintf(out, "data folder: %s\n", data);
    else
        fputs("data folder: not found (reinstall, or set TEICONV_DATADIR to "
              "the folder holding xsl/ and schemas/)\n",
              out);
}

int tool_main(int argc, char **argv, FILE *out, FILE *err)
{
    /* Past a file-size limit (ulimit -f) a write must fail with EFBIG and
     * be reported, not kill the process half-way through a batch. */
    signal(SIGXFSZ, SIG_IGN);
    if (argc < 2) {
        fputs(usage, err);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 && argc > 2) {
        /* teiconv help COMMAND: that command's --help */
        char *help_argv[] = {argv[0], argv[2], (char *)"--help", NULL};
        return tool_main(3, help_argv, out, err);
    }
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
        strcmp(cmd, "help") == 0) {
        fputs(usage, out);
        return EXIT_OK;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        print_version(out);
        return EXIT_OK;
    }
    if (strcmp(cmd, "convert") == 0)
        return tool_run_stoppable(tool_convert, argc - 1, argv + 1, out, err);
    if (strcmp(cmd, "validate") == 0)
        return tool_run_stoppable(tool_validate, argc - 1, argv + 1, out, err);
    if (strcmp(cmd, "schemas") == 0)
        return tool_schemas(argc - 1, argv + 1, out, err);
    fprintf(err, "teiconv: unknown command '%s'\n%s", cmd, usage);
    return EXIT_USAGE;
}
