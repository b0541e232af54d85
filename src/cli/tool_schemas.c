/* tool_schemas.c: `teiconv schemas install [--from DIR|URL] [--dir DIR]` and
 * `teiconv schemas list [--dir DIR]`: the official schemas validation uses. */
#include <stdlib.h>
#include <string.h>

#include "tool.h"

static const char usage[] =
    "Usage: teiconv schemas install [--from DIR|URL] [--dir DIR]\n"
    "       teiconv schemas list [--dir DIR]\n"
    "\n"
    "Install the official TEI P5 (tei_all.rng), EAD 2002 (ead.xsd, xlink.xsd)\n"
    "and EAD3 (ead3.rng) schemas, each checked against the SHA-256 pinned in\n"
    "teiconv, with a catalog.xml that 'validate' and 'convert' then use by\n"
    "default. This is the only teiconv command that uses the network, and\n"
    "only 'install' without --from a folder. Nothing is half-installed: the\n"
    "files go into place together, or not at all.\n"
    "\n"
    "Options:\n"
    "      --from SRC          read the files from the folder or base URL SRC\n"
    "                          (holding tei/, ead2002/, ead3/ as 'list' "
    "shows)\n"
    "                          instead of their official URLs\n"
    "      --dir DIR           the schemas folder (default: "
    "$TEICONV_SCHEMAS_DIR,\n"
    "                          else /var/lib/teiconv/schemas as root, else\n"
    "                          $XDG_DATA_HOME/teiconv/schemas)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit codes: 0 done (list: every schema installed and intact); 1 a file\n"
    "did not match its checksum (list: some schema missing or changed);\n"
    "2 usage error; 3 a download, read or write failed.\n";

static void announce(const tc_schema_file *f, void *user)
{
    fprintf((FILE *)user, "teiconv: %s (%s)\n", f->path, f->title);
}

static int list(const char *dir, FILE *out)
{
    fprintf(out, "schemas folder: %s\n", dir);
    int bad = 0;
    for (size_t i = 0; i < tc_schemas_count(); i++) {
        const tc_schema_file *f = tc_schemas_at(i);
        int ok = tc_schemas_check(dir, i);
        fprintf(out, "  %-20s %-10s %s\n", f->path,
                ok == 1   ? "ok"
                : ok == 0 ? "CHANGED"
                          : "missing",
                f->title);
        bad |= ok != 1;
    }
    char *cat = tc_schemas_catalog_find();
    fprintf(out, "catalog used by validate and convert: %s\n",
            cat ? cat : "none (run 'teiconv schemas install')");
    free(cat);
    return bad ? EXIT_FAILED : EXIT_OK;
}

int tool_schemas(int argc, char **argv, FILE *out, FILE *err)
{
    const char *action = NULL, *from = NULL, *dir_opt = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, out);
            return EXIT_OK;
        } else if ((strcmp(a, "--from") == 0 || strcmp(a, "--dir") == 0) &&
                   i + 1 < argc) {
            *(a[2] == 'f' ? &from : &dir_opt) = argv[++i];
        } else if (!action &&
                   (strcmp(a, "install") == 0 || strcmp(a, "list") == 0)) {
            action = a;
        } else {
            fprintf(err, "teiconv schemas: unexpected argument '%s'\n%s", a,
                    usage);
            return EXIT_USAGE;
        }
    }
    if (!action || (from && strcmp(action, "install") != 0)) {
        fputs(usage, err);
        return EXIT_USAGE;
    }
    char *dir = dir_opt ? NULL : tc_schemas_dir();
    const char *where = dir_opt ? dir_opt : dir;
    if (!where) {
        fputs("teiconv schemas: no home folder: give --dir DIR\n", err);
        return EXIT_USAGE;
    }
    int rc;
    if (strcmp(action, "list") == 0) {
        rc = list(where, out);
    } else {
        tc_diags *d = tc_diags_new();
        tc_status st =
            d ? tc_schemas_install(from, where, announce, err, d) : TC_E_NOMEM;
        if (d)
            tool_print_diags(err, d, TC_DIAG_TEXT);
        tc_diags_free(d);
        if (st == TC_OK)
            fprintf(out,
                    "teiconv: %zu schemas and catalog.xml installed in %s\n",
                    tc_schemas_count(), where);
        rc = st == TC_E_INVALID ? EXIT_FAILED : tool_exit_for(st);
    }
    free(dir);
    return rc;
}
