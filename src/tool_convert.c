/* tool_convert.c: `teiconv convert`: reads the options, converts each input
 * through the library and writes OUT/<stem><suffix> files (or stdout). */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tool.h"
#include "util.h"

static const char convert_usage[] =
    "Usage: teiconv convert [OPTIONS] INPUT...\n"
    "\n"
    "Convert text records (.txt) and TEI P5 documents (.xml) into the formats\n"
    "asked for, written as OUT/<stem>.tei.xml, .ead.xml, .ead3.xml, .html,\n"
    ".txt, .dc.xml (HTML pages get OUT/teiconv.css beside them).\n"
    "\n"
    "Options:\n"
    "  -t, --to FMT[,FMT...]   formats: tei, ead, ead3, html, text, dc, or all\n"
    "                          (default: tei)\n"
    "  -o, --output DIR        output folder, created if missing (default: .);\n"
    "                          '-' writes the single output to stdout\n"
    "      --encoding NAME     text records are in this encoding (e.g.\n"
    "                          windows-1251), converted with iconv (default:\n"
    "                          UTF-8, checked)\n"
    "      --error-format F    diagnostics as 'text' (default) or 'json'\n"
    "                          (JSON Lines)\n"
    "  -q, --quiet             print errors only\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit codes: 0 all inputs converted; 1 some input was unusable; 2 usage\n"
    "error; 3 file read/write error; 4 internal error.\n";

typedef struct convert_args {
    unsigned formats;
    const char *outdir;
    const char *encoding;
    tc_diag_style style;
    int quiet;
    char **inputs;
    int ninputs;
} convert_args;

static int parse_args(int argc, char **argv, convert_args *a, FILE *out,
                      FILE *err)
{
    static const struct option longopts[] = {
        {"to", required_argument, NULL, 't'},
        {"output", required_argument, NULL, 'o'},
        {"encoding", required_argument, NULL, 'E'},
        {"error-format", required_argument, NULL, 'F'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    memset(a, 0, sizeof(*a));
    a->formats = TC_FMT_TEI;
    a->outdir = ".";
    optind = 0;
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "+t:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 't':
            if (tc_formats_parse(optarg, &a->formats) != TC_OK) {
                fprintf(err, "teiconv convert: unknown format in '%s' (use "
                             "tei, ead, ead3, html, text, dc or all)\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case 'o': a->outdir = optarg; break;
        case 'E': a->encoding = optarg; break;
        case 'F':
            if (strcmp(optarg, "json") == 0) {
                a->style = TC_DIAG_JSON;
            } else if (strcmp(optarg, "text") == 0) {
                a->style = TC_DIAG_TEXT;
            } else {
                fprintf(err, "teiconv convert: --error-format is 'text' or "
                             "'json'\n");
                return EXIT_USAGE;
            }
            break;
        case 'q': a->quiet = 1; break;
        case 'h': fputs(convert_usage, out); return -1;
        default:
            fprintf(err, "teiconv convert: unknown or incomplete option "
                         "'%s'\n%s", argv[optind - 1], convert_usage);
            return EXIT_USAGE;
        }
    }
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    if (a->ninputs == 0) {
        fprintf(err, "teiconv convert: no input given\n%s", convert_usage);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* "dir/x.txt" -> "x"; "dir/y.tei.xml" -> "y". Caller frees. */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    static const char *const exts[] = {".tei.xml", ".xml", ".txt"};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t e = strlen(exts[i]);
        if (n > e && strcmp(base + n - e, exts[i]) == 0) {
            n -= e;
            break;
        }
    }
    return tc_strndup(base, n);
}

static int make_dir(const char *dir, FILE *err)
{
    if (mkdir(dir, 0755) == 0 || errno == EEXIST)
        return EXIT_OK;
    fprintf(err, "teiconv convert: cannot create output folder '%s': %s\n",
            dir, strerror(errno));
    return EXIT_IO;
}

/* HTML pages link to teiconv.css: put a copy beside them. */
static tc_status copy_css(const tc_engine *e, const char *outdir,
                          tc_diags *d)
{
    char *src = tc_asprintf("%s/xsl/teiconv.css", tc_engine_datadir(e));
    char *dst = tc_asprintf("%s/teiconv.css", outdir);
    char *data = NULL;
    size_t len = 0;
    tc_status st = (src && dst) ? tc_file_read(src, &data, &len, d)
                                : TC_E_NOMEM;
    if (st == TC_OK)
        st = tc_file_write_atomic(dst, data, len, 0, d);
    free(data);
    free(src);
    free(dst);
    return st;
}

/* Convert one input and write its outputs; returns a tc_status. */
static tc_status convert_one(const tc_engine *e, const convert_args *a,
                             const char *input, FILE *out, tc_diags *d)
{
    char *bytes = NULL;
    size_t len = 0;
    tc_status st = tc_file_read(input, &bytes, &len, d);
    if (st != TC_OK)
        return st;
    char *stem = stem_of(input);
    if (!stem) {
        free(bytes);
        return TC_E_NOMEM;
    }
    tc_convert_opts opts = {a->formats, a->encoding, stem};
    tc_result res;
    st = tc_convert_bytes(e, bytes, len, input, &opts, &res, d);
    free(bytes);
    for (int i = 0; st == TC_OK && i < TC_FMT_COUNT; i++) {
        if (!res.data[i])
            continue;
        if (strcmp(a->outdir, "-") == 0) {
            if (fwrite(res.data[i], 1, res.len[i], out) != res.len[i])
                st = TC_E_IO;
            continue;
        }
        tc_format f = (tc_format)(1u << i);
        char *path = tc_asprintf("%s/%s%s", a->outdir, stem,
                                 tc_format_suffix(f));
        st = path ? tc_file_write_atomic(path, res.data[i], res.len[i], 0, d)
                  : TC_E_NOMEM;
        free(path);
    }
    tc_result_clear(&res);
    free(stem);
    return st;
}

static int count_formats(unsigned mask)
{
    int n = 0;
    for (int i = 0; i < TC_FMT_COUNT; i++)
        n += (mask >> i) & 1u;
    return n;
}

int tool_convert(int argc, char **argv, FILE *out, FILE *err)
{
    convert_args a;
    int rc = parse_args(argc, argv, &a, out, err);
    if (rc < 0)
        return EXIT_OK;
    if (rc != EXIT_OK)
        return rc;
    int to_stdout = strcmp(a.outdir, "-") == 0;
    if (to_stdout && (a.ninputs != 1 || count_formats(a.formats) != 1)) {
        fprintf(err, "teiconv convert: '-o -' writes one output: give one "
                     "input and one format\n");
        return EXIT_USAGE;
    }
    if (!to_stdout && (rc = make_dir(a.outdir, err)) != EXIT_OK)
        return rc;
    tc_diags *d = tc_diags_new();
    if (!d)
        return EXIT_INTERNAL;
    tc_engine *e = NULL;
    tc_status st = tc_engine_new(NULL, a.formats, &e, d);
    if (st != TC_OK) {
        tool_print_diags(err, d, a.style);
        tc_diags_free(d);
        return tool_exit_for(st);
    }
    if ((a.formats & TC_FMT_HTML) && !to_stdout)
        copy_css(e, a.outdir, d);
    int worst = EXIT_OK;
    int failed = 0;
    for (int i = 0; i < a.ninputs; i++) {
        st = convert_one(e, &a, a.inputs[i], out, d);
        int code = tool_exit_for(st);
        if (code > worst)
            worst = code;
        if (st != TC_OK)
            failed++;
        if (!a.quiet || tc_diags_errors(d))
            tool_print_diags(err, d, a.style);
        tc_diags_clear(d);
    }
    if (a.ninputs > 1 && !a.quiet)
        fprintf(err, "teiconv: %d of %d inputs converted, %d failed\n",
                a.ninputs - failed, a.ninputs, failed);
    tc_engine_free(e);
    tc_diags_free(d);
    return worst;
}
