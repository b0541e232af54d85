/* tool_convert.c: `teiconv convert`: reads the options, runs the inputs as a
 * batch through the library (or one input to stdout) and prints the results. */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool.h"
#include "tool_batch.h"
#include "base/util.h"

static const char convert_usage[] =
    "Usage: teiconv convert [OPTIONS] INPUT...\n"
    "\n"
    "Convert text records (.txt) and TEI P5 documents (.xml) into the formats\n"
    "asked for, written as OUT/<stem>.tei.xml, .ead.xml, .ead3.xml, .html,\n"
    ".txt, .dc.xml (HTML pages get OUT/teiconv.css beside them).\n"
    "\n"
    "Options:\n"
    "  -t, --to FMT[,FMT...]   formats: tei, ead, ead3, html, text, dc, or "
    "all\n"
    "                          (default: tei)\n"
    "  -o, --output DIR        output folder, created if missing (default: "
    ".);\n"
    "                          '-' writes the single output to stdout; a\n"
    "                          file name (an existing file, or one ending in\n"
    "                          .xml, .html or .txt) when exactly one output\n"
    "                          results (one input, one format)\n"
    "      --encoding NAME     text records are in this encoding (e.g.\n"
    "                          windows-1251), converted with iconv (default:\n"
    "                          UTF-8, checked)\n"
    "      --strict            refuse TEI/EAD inputs that fail their official\n"
    "                          schema (default: warn and convert them)\n"
    "      --no-validate       convert TEI/EAD inputs without checking them\n"
    "                          against their schema (inputs known to be good)\n"
    "      --keep-invalid      an output that fails its schema (error TC060,\n"
    "                          never written under its own name) is written\n"
    "                          anyway as OUT/<stem>.FMT.invalid.xml, for\n"
    "                          inspection (warning TC061; the input still\n"
    "                          fails)\n"
    "      --no-cache          compile the RELAX NG schemas afresh, neither\n"
    "                          using nor filling the grammar cache\n"
    "                          (~/.cache/teiconv/grammars)\n"
    "      --no-output-check   UNSAFE: write TEI, EAD, EAD3 and DC outputs\n"
    "                          without validating them first (for debugging\n"
    "                          a mapping)\n"
    "      --error-format F    diagnostics as 'text' (default, on stderr) or\n"
    "                          'json' (JSON Lines on stdout, nothing else\n"
    "                          there; on stderr with -o -)\n"
    "      --max-diagnostics N print at most N diagnostics per input (default\n"
    "                          0: all); the --report keeps every one\n"
    "      --max-size BYTES    refuse inputs larger than this, before reading\n"
    "                          them (suffix K, M or G; 0 = no limit; default\n"
    "                          256M)\n"
    "      --max-depth N       refuse XML inputs whose elements nest deeper\n"
    "                          than N, 1 to 256 (default 256)\n"
    "      --max-node-size BYTES  refuse inputs with a text node or attribute\n"
    "                          value longer than this (suffix K, M or G; 0 =\n"
    "                          no limit; default 8M)\n"
    "      --max-xslt-seconds N  stop a rendering of one input after N\n"
    "                          seconds: the input fails (default 300, 0 =\n"
    "                          no limit)\n"
    "      --max-validate-seconds N  stop the check of one XML input against\n"
    "                          its schema (or of an output, by the gate)\n"
    "                          after N seconds (decimals allowed): the\n"
    "                          input fails (default 300, 0 = no limit)\n"
    "      --allow-read DIR    let inputs' XIncludes, xml-model schemas and\n"
    "                          --xsl document() read below DIR too (default:\n"
    "                          only the input's own folder tree; repeatable)\n"
    "  -q, --quiet             print errors only (no warnings, no closing\n"
    "                          line, no progress bar)\n"
    "  -v, --verbose           also print notes, a line per input and the\n"
    "                          loss report: the header fields and parts of\n"
    "                          the text the formats made drop (note TC200);\n"
    "                          by default only warnings, errors and the\n"
    "                          closing line\n"
    "  -h, --help              show this help\n"
    "\n"
    "Your own stylesheet:\n"
    "      --xsl FILE          also apply this XSLT 1.0 stylesheet to each\n"
    "                          input's TEI (text records: the TEI built;\n"
    "                          XML inputs: the input), written as\n"
    "                          OUT/<stem>.NAME.EXT: NAME the stylesheet's "
    "file\n"
    "                          name without .xsl, EXT txt, html or xml after\n"
    "                          its xsl:output method. Without -t, only this\n"
    "                          output is made. It may not write files, use\n"
    "                          the network, or read outside its own folder\n"
    "                          and the input's\n"
    "      --param NAME=VALUE  a string parameter for it (repeatable); it\n"
    "                          also gets record-stem, the output stem\n"
    "      --xsl-ext EXT       name its outputs OUT/<stem>.EXT instead\n"
    "\n"
    "Publishing (ArchivesSpace, OAI-PMH, a web server):\n"
    "      --base-url URL      make the links absolute: EAD dao, DC\n"
    "                          identifier and the HTML canonical link are\n"
    "                          URL + the URL-escaped file name\n"
    "      --repository NAME   the EAD repository (the source's archive\n"
    "                          stays in originalsloc)\n"
    "      --extent TEXT       the EAD extent of every record (default: from\n"
    "                          the source's pages, 'pp. 10-12' -> '3 pages',\n"
    "                          else '1 item')\n"
    "\n"
    "Finding aids of TEI texts (their divisions become components):\n"
    "      --dsc-max-depth N   list components down to N levels (default 0:\n"
    "                          every level); deeper divisions are counted in\n"
    "                          their component, with warning TC201\n"
    "      --dsc-max-components N  a text with more divisions than N is\n"
    "                          listed down to the deepest level that keeps\n"
    "                          within N, with warning TC201 (default 20000,\n"
    "                          0 = no limit)\n"
    "\n"
    "One finding aid for the whole run:\n"
    "      --collection NAME   also write OUT/NAME, an EAD 2002 finding aid\n"
    "                          of every record converted (each a c\n"
    "                          level=\"item\", sorted by date) and, with "
    "html,\n"
    "                          OUT/index.html listing the record pages; adds\n"
    "                          tei to the formats (it is built from them)\n"
    "      --collection-title TEXT   its title (default: \"Collection of N\n"
    "                          records\")\n"
    "      --collection-id ID  its identifier (eadid, unitid; default:\n"
    "                          teiconv-collection)\n"
    "\n"
    "Batch options (INPUT may be a folder: walked for *.txt and *.xml in any\n"
    "case, its tree mirrored under the output folder; the output folder\n"
    "itself is converted in place; '-' is standard input, written as\n"
    "OUT/stdin.*):\n"
    "  -j, --jobs N            worker threads (default: online CPUs)\n"
    "      --files-from FILE   also convert the paths listed in FILE, one a\n"
    "                          line ('-' = standard input)\n"
    "  -0, --null              the list is NUL-separated (find -print0)\n"
    "      --report FILE       write a JSON Lines report: one object per\n"
    "                          input, then a summary object\n"
    "      --progress          show the progress bar even when stderr is not\n"
    "                          a terminal (or with --quiet)\n"
    "      --follow-links      in walked folders, also read files whose\n"
    "                          symbolic links lead outside the folder\n"
    "                          (default: skipped with a note)\n"
    "      --force             convert again inputs whose outputs are newer\n"
    "                          than them (default: skip those)\n"
    "      --sync              fsync every output before renaming it in place\n"
    "      --shard K/N         convert only slice K of N (1 <= K <= N); the N\n"
    "                          slices together make exactly one full run\n"
    "\n"
    "Exit codes: 0 all inputs converted (or up to date); 1 some input was\n"
    "unusable (or the --xsl stylesheet failed on it, or an output of it\n"
    "failed its schema: TC060), or no input was found;\n"
    "2 usage error (a --xsl stylesheet that\n"
    "does not compile too); 3 file read/write error; 4 internal error;\n"
    "130 interrupted.\n";

typedef struct convert_args {
    unsigned formats;
    const char *outdir;
    const char *encoding;
    tc_diag_style style;
    int quiet;
    int progress;
    int jobs;
    const char *files_from;
    int nul;
    const char *report;
    int force;
    int sync;
    unsigned shard_k;
    unsigned shard_n;
    int strict;
    int no_validate;
    int keep_invalid;    /* --keep-invalid */
    int no_output_check; /* --no-output-check */
    int verbose;
    int no_cache;           /* --no-cache */
    int formats_given;      /* -t was given */
    size_t max_diags;       /* --max-diagnostics, 0 = all */
    const char *base_url;   /* --base-url */
    const char *repository; /* --repository */
    const char *extent;     /* --extent */
    tc_severity min_sev;    /* printed from: note (-v), warning, error (-q) */
    tool_user_xsl xsl;      /* --xsl, --param, --xsl-ext */
    tool_collection coll;   /* --collection, -title, -id */
    size_t max_size;
    unsigned max_depth;
    size_t max_node;
    int follow_links;        /* --follow-links */
    unsigned dsc_max_depth;  /* --dsc-max-depth, 0 = every level */
    long dsc_max_components; /* --dsc-max-components; -1 = no limit */
    char **inputs;
    int ninputs;
} convert_args;

/* "K/N" with 1 <= K <= N. */
static int parse_shard(const char *s, unsigned *k, unsigned *n)
{
    char *end;
    errno = 0;
    long a = strtol(s, &end, 10);
    if (errno || end == s || *end != '/')
        return -1;
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (errno || end == rest || *end || a < 1 || b < 1 || a > b || b > 1000000)
        return -1;
    *k = (unsigned)a;
    *n = (unsigned)b;
    return 0;
}

/* A whole number from lo to hi, nothing else: 0, or -1. */
static int parse_whole(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, convert_args *a, FILE *out,
                      FILE *err)
{
    /* clang-format off */
    static const struct option longopts[] = {
        {"to", required_argument, NULL, 't'},
        {"output", required_argument, NULL, 'o'},
        {"encoding", required_argument, NULL, 'E'},
        {"error-format", required_argument, NULL, 'F'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"jobs", required_argument, NULL, 'j'},
        {"files-from", required_argument, NULL, 'L'},
        {"null", no_argument, NULL, '0'},
        {"report", required_argument, NULL, 'R'},
        {"progress", no_argument, NULL, 'P'},
        {"force", no_argument, NULL, 'f'},
        {"sync", no_argument, NULL, 'S'},
        {"shard", required_argument, NULL, 'H'},
        {"strict", no_argument, NULL, 'X'},
        {"no-validate", no_argument, NULL, 'N'},
        {"keep-invalid", no_argument, NULL, 'k'},
        {"no-output-check", no_argument, NULL, 'O'},
        {"no-cache", no_argument, NULL, 'g'},
        {"verbose", no_argument, NULL, 'v'},
        {"xsl", required_argument, NULL, 'x'},
        {"param", required_argument, NULL, 'p'},
        {"xsl-ext", required_argument, NULL, 'e'},
        {"max-size", required_argument, NULL, 'Z'},
        {"collection", required_argument, NULL, 'C'},
        {"collection-title", required_argument, NULL, 'T'},
        {"collection-id", required_argument, NULL, 'I'},
        {"max-depth", required_argument, NULL, 'D'},
        {"max-node-size", required_argument, NULL, 'z'},
        {"max-diagnostics", required_argument, NULL, 'M'},
        {"allow-read", required_argument, NULL, 'A'},
        {"follow-links", no_argument, NULL, 'K'},
        {"base-url", required_argument, NULL, 'B'},
        {"repository", required_argument, NULL, 'r'},
        {"extent", required_argument, NULL, 'W'},
        {"max-xslt-seconds", required_argument, NULL, 'Y'},
        {"max-validate-seconds", required_argument, NULL, 'V'},
        {"dsc-max-depth", required_argument, NULL, 'G'},
        {"dsc-max-components", required_argument, NULL, 'U'},
        {NULL, 0, NULL, 0}};
    memset(a, 0, sizeof(*a));
    a->formats = TC_FMT_TEI;
    a->outdir = ".";
    a->max_size = TC_DEFAULT_MAX_SIZE;
    a->max_depth = TC_MAX_DEPTH_CEILING;
    a->max_node = TC_DEFAULT_MAX_NODE;
    tc_set_validate_time_limit(TC_DEFAULT_VALIDATE_SECONDS);
    optind = 0;
    opterr = 0;
    int c, rc;
    long num;
    for (c = getopt_long(argc, argv, "+t:o:qvhj:0", longopts, NULL); c != -1;
         c = getopt_long(argc, argv, "+t:o:qvhj:0", longopts, NULL)) {
        switch (c) {
        case 't':
            if (tc_formats_parse(optarg, &a->formats) != TC_OK) {
                fprintf(err, "teiconv convert: unknown format in '%s' (use "
                             "tei, ead, ead3, html, text, dc or all)\n",
                        optarg);
                return EXIT_USAGE;
            }
            a->formats_given = 1;
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
        case 'j':
            rc = tool_jobs_opt("convert", optarg, &a->jobs, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'L': a->files_from = optarg; break;
        case '0': a->nul = 1; break;
        case 'R': a->report = optarg; break;
        case 'P': a->progress = 1; break;
        case 'f': a->force = 1; break;
        case 'S': a->sync = 1; break;
        case 'X': a->strict = 1; break;
        case 'N': a->no_validate = 1; break;
        case 'k': a->keep_invalid = 1; break;
        case 'O': a->no_output_check = 1; break;
        case 'g': a->no_cache = 1; break;
        case 'v': a->verbose = 1; break;
        case 'C': a->coll.name = optarg; break;
        case 'B': a->base_url = optarg; break;
        case 'r': a->repository = optarg; break;
        case 'W': a->extent = optarg; break;
        case 'T': a->coll.title = optarg; break;
        case 'I': a->coll.id = optarg; break;
        case 'x': a->xsl.path = optarg; break;
        case 'e': a->xsl.ext = optarg; break;
        case 'p': {
            int prc = tool_user_xsl_param(&a->xsl, optarg, err);
            if (prc != EXIT_OK)
                return prc;
            break;
        }
        case 'Z':
            rc = tool_size_opt("convert", "--max-size", optarg, &a->max_size,
                               err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'z':
            rc = tool_size_opt("convert", "--max-node-size", optarg,
                               &a->max_node, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'A':
            rc = tool_allow_read_opt("convert", optarg, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'K': a->follow_links = 1; break;
        case 'Y':
            if (parse_whole(optarg, 0, 86400 * 7, &num) != 0) {
                fprintf(err, "teiconv convert: --max-xslt-seconds wants a "
                             "number of seconds (0 = no limit), not '%s'\n",
                        optarg);
                return EXIT_USAGE;
            }
            tc_set_xslt_time_limit((double)num);
            break;
        case 'V':
            rc = tool_validate_seconds_opt("convert", optarg, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'D':
            if (parse_whole(optarg, 1, (long)TC_MAX_DEPTH_CEILING, &num) != 0) {
                fprintf(err, "teiconv convert: --max-depth wants a number "
                             "from 1 to %u, not '%s'\n",
                        TC_MAX_DEPTH_CEILING, optarg);
                return EXIT_USAGE;
            }
            a->max_depth = (unsigned)num;
            break;
        case 'G':
            if (parse_whole(optarg, 0, 999, &num) != 0) {
                fprintf(err, "teiconv convert: --dsc-max-depth wants a "
                             "number of levels from 0 (all) to 999, not "
                             "'%s'\n", optarg);
                return EXIT_USAGE;
            }
            a->dsc_max_depth = (unsigned)num;
            break;
        case 'U':
            if (parse_whole(optarg, 0, 100000000, &num) != 0) {
                fprintf(err, "teiconv convert: --dsc-max-components wants a "
                             "number from 0 (no limit) to 100000000, not "
                             "'%s'\n", optarg);
                return EXIT_USAGE;
            }
            a->dsc_max_components = num ? num : -1;
            break;
        case 'M':
            if (parse_whole(optarg, 0, 1000000, &num) != 0) {
                fprintf(err, "teiconv convert: --max-diagnostics wants a "
                             "number from 0 (all) to 1000000, not '%s'\n",
                        optarg);
                return EXIT_USAGE;
            }
            a->max_diags = (size_t)num;
            break;
        case 'H':
            if (parse_shard(optarg, &a->shard_k, &a->shard_n) != 0) {
                fprintf(err, "teiconv convert: --shard wants K/N with "
                             "1 <= K <= N, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        default:
            fprintf(err, "teiconv convert: unknown or incomplete option "
                         "'%s'\n%s", argv[optind - 1], convert_usage);
            return EXIT_USAGE;
        }
    }
    a->inputs = argv + optind;
    a->ninputs = argc - optind;
    a->min_sev = a->verbose ? TC_SEV_NOTE
                 : a->quiet ? TC_SEV_ERROR : TC_SEV_WARNING;
    if (a->ninputs == 0 && !a->files_from) {
        fprintf(err, "teiconv convert: no input given\n%s", convert_usage);
        return EXIT_USAGE;
    }
    if (a->strict && a->no_validate) {
        fprintf(err, "teiconv convert: --strict refuses inputs that fail "
                     "the check --no-validate leaves out: give one\n");
        return EXIT_USAGE;
    }
    if ((a->xsl.n || a->xsl.ext) && !a->xsl.path) {
        fprintf(err, "teiconv convert: --param and --xsl-ext go with "
                     "--xsl FILE\n");
        return EXIT_USAGE;
    }
    if (a->xsl.path && !a->formats_given)
        a->formats = 0; /* only the stylesheet's output */
    if ((a->coll.title || a->coll.id) && !a->coll.name) {
        fprintf(err, "teiconv convert: --collection-title and "
                     "--collection-id go with --collection NAME\n");
        return EXIT_USAGE;
    }
    if (a->coll.name) {
        const char *base = strrchr(a->coll.name, '/');
        base = base ? base + 1 : a->coll.name;
        if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0 ||
            strcmp(base, "index.html") == 0 || a->coll.name[0] == '/' ||
            strncmp(a->coll.name, "../", 3) == 0 || strstr(a->coll.name, "/../")) {
            fprintf(err, "teiconv convert: --collection wants a file name "
                         "inside the output folder (e.g. collection.ead.xml), "
                         "not '%s'\n", a->coll.name);
            return EXIT_USAGE;
        }
        a->formats |= TC_FMT_TEI; /* the collection is built from them */
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
    if (strcmp(path, "-") == 0)
        return tc_strdup("stdin");
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t e = strlen(exts[i]);
        if (n > e && strcasecmp(base + n - e, exts[i]) == 0) {
            n -= e;
            break;
        }
    }
    return tc_strndup(base, n);
}

/* Convert one input and write its single output to out. */
static tc_status convert_one(const tc_engine *e, const convert_args *a,
                             const char *input, FILE *out, tc_diags *d)
{
    char *bytes = NULL;
    size_t len = 0;
    tc_status st = tc_file_read_max(input, tc_engine_max_size(e), &bytes,
                                    &len, d);
    if (st != TC_OK)
        return st;
    char *stem = stem_of(input);
    if (!stem) {
        free(bytes);
        return TC_E_NOMEM;
    }
    tc_convert_opts opts = {.formats = a->formats,
                            .encoding = a->encoding,
                            .stem = stem,
                            .dsc_max_depth = a->dsc_max_depth,
                            .dsc_max_components = a->dsc_max_components};
    tc_result res;
    st = tc_convert_bytes(e, bytes, len, input, &opts, &res, d);
    free(bytes);
    for (int i = 0; st == TC_OK && i < TC_FMT_COUNT; i++)
        if (res.data[i] &&
            fwrite(res.data[i], 1, res.len[i], out) != res.len[i])
            st = TC_E_IO;
    if (st == TC_OK && res.user &&
        fwrite(res.user, 1, res.user_len, out) != res.user_len)
        st = TC_E_IO;
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

static int is_folder(const char *path)
{
    struct stat s;
    return stat(path, &s) == 0 && S_ISDIR(s.st_mode);
}

/* -o names a file, not a folder: something that exists and is not a
 * folder, or a new name ending like a document (.xml, .html, .txt). */
static int names_a_file(const char *path)
{
    struct stat s;
    if (stat(path, &s) == 0)
        return !S_ISDIR(s.st_mode);
    static const char *const exts[] = {".xml", ".html", ".htm", ".txt"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t e = strlen(exts[i]);
        if (n > e && strcasecmp(path + n - e, exts[i]) == 0)
            return 1;
    }
    return 0;
}

/* -o FILE: the one output, written atomically to FILE. */
static tc_status convert_to_file(const tc_engine *e, const convert_args *a,
                                 tc_diags *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return TC_E_NOMEM;
    tc_status st = convert_one(e, a, a->inputs[0], mem, d);
    if (fclose(mem) != 0 && st == TC_OK)
        st = TC_E_NOMEM;
    if (st == TC_OK)
        st = tc_file_write_atomic(a->outdir, buf, len, a->sync, d);
    free(buf);
    return st;
}

typedef struct batch_ui {
    const convert_args *a;
    FILE *err;
    FILE *diag_out; /* stdout for --error-format json, else err */
    tool_progress bar;
    tool_report *report;
    tool_collection *coll; /* --collection, or NULL */
    int worst;
} batch_ui;

/* --verbose: "teiconv: PATH: converted, 3 outputs, 12.3 ms". */
static void print_verbose_line(FILE *err, const tc_batch_item *item)
{
    int n = count_formats(item->outputs) + (item->user_output != NULL);
    const char *what = item->state == TC_ITEM_OK        ? "converted"
                       : item->state == TC_ITEM_SKIPPED ? "up to date"
                                                        : "failed";
    fprintf(err, "teiconv: %s: %s, %d output%s, %.1f ms\n", item->path, what,
            n, n == 1 ? "" : "s", item->ms);
}

static void on_item(const tc_batch_item *item, void *user)
{
    batch_ui *ui = user;
    if (item->state == TC_ITEM_FAILED) {
        int code = tool_exit_for(item->status);
        if (code > ui->worst)
            ui->worst = code;
    }
    int printed = 0;
    if (tc_diags_count(item->diags)) {
        tool_progress_clear(&ui->bar);
        /* the loss report (TC200) is for --verbose; --report keeps it */
        size_t held = tool_print_diags_capped(
            ui->diag_out, item->diags, ui->a->style, ui->a->min_sev,
            ui->a->verbose ? NULL : "TC200", ui->a->max_diags);
        if (held)
            fprintf(ui->err, "teiconv: %s: %zu more diagnostic%s not shown "
                             "(--max-diagnostics %zu)\n", item->path, held,
                    held == 1 ? "" : "s", ui->a->max_diags);
        printed = 1;
    }
    if (ui->a->verbose && ui->a->style == TC_DIAG_TEXT) {
        /* not in the JSON Lines of --error-format json */
        tool_progress_clear(&ui->bar);
        print_verbose_line(ui->err, item);
    }
    if (ui->coll && ui->coll->c) {
        tc_diags *cd = tc_diags_new();
        if (cd) {
            tool_collection_add(ui->coll, item, cd);
            if (tc_diags_count(cd)) {
                tool_progress_clear(&ui->bar);
                tool_print_diags_min(ui->diag_out, cd, ui->a->style,
                                     ui->a->min_sev);
                printed = 1;
            }
            tc_diags_free(cd);
        }
    }
    tool_report_item(ui->report, item);
    if (printed || ui->a->verbose)
        tool_progress_redraw(&ui->bar); /* the bar stays below the messages */
}

static void on_progress(const tc_batch_progress *p, void *user)
{
    batch_ui *ui = user;
    tool_progress_update(&ui->bar, p, p->done == p->total);
}

static int run_batch(const tc_engine *e, const convert_args *a,
                     tool_collection *coll, FILE *diag_out, FILE *err,
                     tc_diags *d)
{
    batch_ui ui = {a, err, diag_out, {0}, NULL, NULL, EXIT_OK};
    if (coll->name) {
        if (tool_collection_start(coll, a->outdir) != 0)
            return EXIT_INTERNAL;
        ui.coll = coll;
    }
    ui.report = tool_report_open(a->report);
    if (!ui.report) {
        fprintf(err, "teiconv convert: cannot write the report '%s': %s\n",
                a->report ? a->report : "", strerror(errno));
        return EXIT_IO;
    }
    tool_report_set_formats(ui.report, a->formats);
    tool_progress_init(&ui.bar, err,
                       a->progress || (!a->quiet && isatty(fileno(err))));
    tc_batch_opts o = {0};
    o.formats = a->formats;
    o.encoding = a->encoding;
    o.outdir = a->outdir;
    o.files_from = a->files_from;
    o.files_from_nul = a->nul;
    o.jobs = a->jobs;
    o.sync = a->sync;
    o.force = a->force;
    o.shard_index = a->shard_k;
    o.shard_count = a->shard_n;
    o.follow_links = a->follow_links;
    o.dsc_max_depth = a->dsc_max_depth;
    o.dsc_max_components = a->dsc_max_components;
    /* with --collection and html, every page links back to OUT/index.html */
    o.index_page = coll->name && (a->formats & TC_FMT_HTML) ? "index.html" : NULL;
    o.keep_invalid = a->keep_invalid;
    o.stop = &tool_stop_requested;
    o.on_item = on_item;
    o.on_progress = on_progress;
    o.user = &ui;
    o.user_suffix = a->xsl.path ? tool_user_xsl_suffix(&a->xsl, e) : NULL;

    tc_batch_stats st; /* the stop signals: tool_run_stoppable */
    tc_status bs = tc_batch_run(e, (const char *const *)a->inputs,
                                (size_t)a->ninputs, &o, &st, d);
    tool_progress_done(&ui.bar);

    int rc = ui.worst;
    if (bs != TC_OK) {
        rc = tool_exit_for(bs);
    } else if (tc_diags_errors(d) && rc < EXIT_IO) {
        /* a folder could not be read or created, or teiconv.css not
         * written: inputs or outputs may be missing */
        rc = EXIT_IO;
    }
    tool_print_diags_min(diag_out, d, a->style, a->min_sev);
    tool_report_run(ui.report, d);
    if (ui.coll && bs == TC_OK && !st.stopped) {
        int crc = tool_collection_finish(ui.coll, e, (a->formats & TC_FMT_HTML) != 0,
                                         a->sync, ui.report, err, diag_out,
                                         a->style, a->min_sev);
        if (crc > rc)
            rc = crc;
    }
    tool_collection_free(coll);
    if (tool_report_finish(ui.report, &st) != 0) {
        fprintf(err, "teiconv convert: cannot write the report '%s'\n",
                a->report);
        if (rc < EXIT_IO)
            rc = EXIT_IO;
    }
    if (bs == TC_OK && st.total == 0) {
        /* never a silent success: say why nothing was converted */
        fprintf(err, "teiconv: nothing converted: no input found (a folder "
                     "is walked for *.txt and *.xml files)\n");
        if (rc == EXIT_OK)
            rc = EXIT_FAILED;
    } else if (bs == TC_OK && !a->quiet) {
        tool_report_print_summary(ui.report, a->min_sev, err);
        fprintf(err, "teiconv: %zu of %zu inputs converted", st.ok,
                st.total);
        if (st.skipped)
            fprintf(err, ", %zu up to date", st.skipped);
        fprintf(err, ", %zu failed", st.failed);
        if (st.stopped)
            fprintf(err, ", %zu not started (interrupted)", st.not_started);
        fputc('\n', err);
    }
    tool_report_free(ui.report);
    if (st.stopped)
        rc = EXIT_INTERRUPTED;
    return rc;
}

int tool_convert(int argc, char **argv, FILE *out, FILE *err)
{
    convert_args a;
    int rc = parse_args(argc, argv, &a, out, err);
    if (rc != EXIT_OK) {
        tool_user_xsl_free(&a.xsl);
        return rc < 0 ? EXIT_OK : rc;
    }
    if (a.no_cache)
        tc_set_schema_cache(0);
    int to_stdout = strcmp(a.outdir, "-") == 0;
    if (to_stdout && a.coll.name) {
        fprintf(err, "teiconv convert: --collection writes files: give an "
                     "output folder with -o, not '-'\n");
        return EXIT_USAGE;
    }
    int noutputs = count_formats(a.formats) + (a.xsl.path != NULL);
    int one_output = a.ninputs == 1 && !a.files_from && noutputs == 1 &&
                     !a.coll.name && !is_folder(a.inputs[0]);
    if (to_stdout && !one_output && !a.coll.name) {
        fprintf(err, "teiconv convert: '-o -' writes one output: give one "
                     "input and one format\n");
        tool_user_xsl_free(&a.xsl);
        return EXIT_USAGE;
    }
    int to_file = !to_stdout && names_a_file(a.outdir);
    if (to_file && !one_output) {
        /* never silently make a folder called x.ead.xml */
        fprintf(err, "teiconv convert: -o '%s' looks like a file, but -o "
                     "names the output folder when a run makes several "
                     "outputs (%s); give a folder (e.g. -o out), or one "
                     "input and one format (-t) to write a single file\n",
                a.outdir,
                a.coll.name ? "--collection"
                : noutputs > 1 ? "several formats"
                               : "several inputs or a folder");
        tool_user_xsl_free(&a.xsl);
        return EXIT_USAGE;
    }
    /* JSON Lines are data: on stdout, unless stdout carries the output */
    FILE *diag_out = a.style == TC_DIAG_JSON && !to_stdout ? out : err;
    tc_diags *d = tc_diags_new();
    if (!d) {
        tool_user_xsl_free(&a.xsl);
        return EXIT_INTERNAL;
    }
    tc_engine *e = NULL;
    tc_status st = tc_engine_new(NULL, a.formats, &e, d);
    /* the loss report is about every format but TEI; it is printed with
     * --verbose and kept in the --report */
    if (st == TC_OK && (a.verbose || a.report) && (a.formats & ~TC_FMT_TEI))
        st = tc_engine_set_loss_report(e, 1, d);
    if (st != TC_OK) {
        tool_print_diags(diag_out, d, a.style);
        tc_engine_free(e);
        tc_diags_free(d);
        tool_user_xsl_free(&a.xsl);
        return tool_exit_for(st);
    }
    tc_engine_set_strict(e, a.strict);
    tc_engine_set_validate(e, !a.no_validate);
    tc_engine_set_output_check(e, !a.no_output_check);
    if (tc_engine_set_publishing(e, a.base_url, a.repository, a.extent) !=
        TC_OK) {
        tc_engine_free(e);
        tc_diags_free(d);
        tool_user_xsl_free(&a.xsl);
        return EXIT_INTERNAL;
    }
    if (a.xsl.path &&
        (rc = tool_user_xsl_setup(&a.xsl, e, diag_out, a.style)) != EXIT_OK) {
        tc_engine_free(e);
        tc_diags_free(d);
        tool_user_xsl_free(&a.xsl);
        return rc;
    }
    tc_engine_set_limits(e, a.max_size, a.max_depth); /* checked above */
    tc_engine_set_max_node(e, a.max_node);
    tc_set_include_max(a.max_size);
    if (to_stdout || to_file) {
        st = to_stdout ? convert_one(e, &a, a.inputs[0], out, d)
                       : convert_to_file(e, &a, d);
        size_t held = tool_print_diags_capped(diag_out, d, a.style, a.min_sev,
                                              a.verbose ? NULL : "TC200",
                                              a.max_diags);
        if (held)
            fprintf(err, "teiconv: %s: %zu more diagnostic%s not shown "
                         "(--max-diagnostics %zu)\n", a.inputs[0], held,
                    held == 1 ? "" : "s", a.max_diags);
        rc = tool_exit_for(st);
    } else {
        rc = run_batch(e, &a, &a.coll, diag_out, err, d);
    }
    tc_engine_free(e);
    tc_diags_free(d);
    tool_user_xsl_free(&a.xsl);
    return rc;
}

/* clang-format on */