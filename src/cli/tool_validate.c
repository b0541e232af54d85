/* tool_validate.c: `teiconv validate`: checks TEI and EAD files (and
 * folders, lists) against their schemas and rules through the library's
 * batch; one result line per file, a grouped summary, a --report. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tool.h"
#include "tool_batch.h"
#include "base/util.h"

static const char validate_usage[] =
    "Usage: teiconv validate [OPTIONS] FILE|FOLDER...\n"
    "\n"
    "Check TEI P5, EAD 2002 and EAD3 files against a schema (RELAX NG or XSD)\n"
    "and against rules schemas cannot express (ISO dates, date ranges, record\n"
    "IDs unique per type in the batch, language codes, EAD did, summary vs\n"
    "title, empty fields); oai_dc records (-t dc) against schemas/oai_dc.rng.\n"
    "The type comes from the root element and namespace; the schema\n"
    "from --schema, else the file's <?xml-model?>, else the official schema\n"
    "for the type, each resolved to a local copy through XML catalogs:\n"
    "--catalog, XML_CATALOG_FILES, and the one 'teiconv schemas install'\n"
    "writes (used by default; 'teiconv schemas list' shows where). The\n"
    "network is never used. Named .html, .htm, .txt and .css files are\n"
    "skipped (note TC097).\n"
    "\n"
    "Options:\n"
    "      --schema FILE       validate against this .rng or .xsd (or a URL\n"
    "                          that a catalog maps to a local file)\n"
    "      --as TYPE           treat every file as tei, ead (2002), ead3 or\n"
    "                          dc (oai_dc)\n"
    "      --catalog FILE      load this OASIS XML catalog (in addition to\n"
    "                          XML_CATALOG_FILES)\n"
    "      --own               TEI: use teiconv's own TEI schema\n"
    "                          (schemas/teiconv-tei.rng)\n"
    "      --no-rules          schema only, skip the rule checks\n"
    "      --no-cache          compile RELAX NG schemas afresh, neither using\n"
    "                          nor filling the grammar cache\n"
    "                          (~/.cache/teiconv/grammars)\n"
    "      --max-size BYTES    refuse files larger than this (suffix K, M or\n"
    "                          G; 0 = no limit; default 256M)\n"
    "      --max-node-size BYTES  refuse files with a text node or attribute\n"
    "                          value longer than this (suffix K, M or G; 0 =\n"
    "                          no limit; default 8M)\n"
    "      --max-validate-seconds N  stop the validation of one file after\n"
    "                          N seconds (decimals allowed): the file fails\n"
    "                          (default 300, 0 = no limit)\n"
    "      --allow-read DIR    let XIncludes and xml-model schemas read below\n"
    "                          DIR too (default: only the file's own folder\n"
    "                          tree; repeatable)\n"
    "      --error-format F    'text' (default: diagnostics on stderr) or\n"
    "                          'json' (JSON Lines on stdout)\n"
    "  -q, --quiet             no per-file result lines and no summary\n"
    "  -h, --help              show this help\n"
    "\n"
    "Batch options (a FOLDER is walked for *.xml files in any case; '-' is\n"
    "standard input):\n"
    "  -j, --jobs N            worker threads (default: online CPUs)\n"
    "      --files-from FILE   also validate the paths listed in FILE, one a\n"
    "                          line ('-' = standard input)\n"
    "  -0, --null              the list is NUL-separated (find -print0)\n"
    "      --report FILE       write a JSON Lines report: one object per\n"
    "                          file (valid, errors, warnings, diagnostics),\n"
    "                          then a summary object; written atomically\n"
    "      --progress          show the progress bar even when stderr is not\n"
    "                          a terminal (or with --quiet)\n"
    "      --follow-links      in walked folders, also read files whose\n"
    "                          symbolic links lead outside the folder\n"
    "\n"
    "Exit codes: 0 every file is valid; 1 some file is invalid or not\n"
    "well-formed, or no file was found; 2 usage error; 3 a file, folder,\n"
    "list or the schema could not be read (or the report written); 4\n"
    "internal error; 130 interrupted.\n";

/* Identical messages across files, for the batch summary. */
typedef struct group {
    char *code;
    char *message;
    size_t count;
    size_t files;
    char *examples[3];
    const char *last_file;
} group;

typedef struct summary {
    group *v;
    size_t n, cap;
} summary;

/* The message with quoted values blanked, so that "@when=\"1r\" is not
 * a date" and "@when=\"2r\" ..." count as one kind of problem; what
 * follows "; " (the list of what is allowed there) is left out. */
static char *group_key(const char *msg)
{
    tc_buf b = {0};
    for (const char *p = msg; *p; p++) {
        if (p[0] == ';' && p[1] == ' ')
            break;
        if ((*p == '"' || *p == '\'') && strchr(p + 1, *p)) {
            const char *close = strchr(p + 1, *p);
            tc_buf_putc(&b, *p);
            tc_buf_puts(&b, "...");
            tc_buf_putc(&b, *p);
            p = close;
            continue;
        }
        tc_buf_putc(&b, *p);
    }
    return tc_buf_take(&b);
}

static void summary_add(summary *s, const tc_diag *dg, const char *file)
{
    if (dg->severity == TC_SEV_NOTE)
        return;
    char *key = group_key(dg->message);
    if (!key)
        return;
    group *g = NULL;
    for (size_t i = 0; i < s->n && !g; i++)
        if (strcmp(s->v[i].code, dg->code) == 0 &&
            strcmp(s->v[i].message, key) == 0)
            g = &s->v[i];
    if (!g) {
        if (s->n == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 16;
            group *nv = realloc(s->v, cap * sizeof(*nv));
            if (!nv) {
                free(key);
                return;
            }
            s->v = nv;
            s->cap = cap;
        }
        g = &s->v[s->n];
        memset(g, 0, sizeof(*g));
        g->code = tc_strdup(dg->code);
        g->message = key;
        key = NULL;
        if (!g->code) {
            free(g->message);
            return;
        }
        s->n++;
    }
    free(key);
    g->count++;
    if (g->last_file != file) {
        if (g->files < 3)
            g->examples[g->files] = tc_strdup(file);
        g->files++;
        g->last_file = file;
    }
}

static int by_count(const void *a, const void *b)
{
    const group *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->message, y->message);
}

/* nfiles files: nvalid valid, ninvalid invalid, the rest not validated
 * (no schema, unreadable, not well-formed). */
static void summary_print(summary *s, FILE *out, tc_diag_style style,
                          int nfiles, int nvalid, int ninvalid)
{
    int nother = nfiles - nvalid - ninvalid;
    if (s->n > 1)
        qsort(s->v, s->n, sizeof(*s->v), by_count);
    if (style == TC_DIAG_JSON) {
        tc_buf b = {0};
        tc_buf_printf(&b,
                      "{\"summary\":{\"files\":%d,\"valid\":%d,\"invalid\":%d,"
                      "\"not_validated\":%d,\"messages\":[",
                      nfiles, nvalid, ninvalid, nother);
        for (size_t i = 0; i < s->n; i++) {
            group *g = &s->v[i];
            tc_buf_puts(&b, i ? ",{\"code\":" : "{\"code\":");
            tc_buf_json_string(&b, g->code);
            tc_buf_puts(&b, ",\"message\":");
            tc_buf_json_string(&b, g->message);
            tc_buf_printf(&b, ",\"count\":%zu,\"files\":%zu,\"examples\":[",
                          g->count, g->files);
            for (size_t k = 0; k < 3 && k < g->files; k++) {
                if (k)
                    tc_buf_putc(&b, ',');
                tc_buf_json_string(&b, g->examples[k] ? g->examples[k] : "");
            }
            tc_buf_puts(&b, "]}");
        }
        tc_buf_puts(&b, "]}}");
        char *line = tc_buf_take(&b);
        if (line)
            fprintf(out, "%s\n", line);
        free(line);
        return;
    }
    fprintf(out, "\nSummary: %d files, %d valid, %d invalid", nfiles, nvalid,
            ninvalid);
    if (nother > 0)
        fprintf(out, ", %d not validated", nother);
    fputc('\n', out);
    for (size_t i = 0; i < s->n; i++) {
        group *g = &s->v[i];
        fprintf(out, "  %5zux %s %s (%zu file%s, e.g. %s", g->count, g->code,
                g->message, g->files, g->files == 1 ? "" : "s",
                g->examples[0] ? g->examples[0] : "?");
        for (size_t k = 1; k < 3 && k < g->files; k++)
            fprintf(out, ", %s", g->examples[k] ? g->examples[k] : "?");
        fputs(g->files > 3 ? ", ...)\n" : ")\n", out);
    }
}

static void summary_free(summary *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].code);
        free(s->v[i].message);
        for (size_t k = 0; k < 3; k++)
            free(s->v[i].examples[k]);
    }
    free(s->v);
}

/* What stopped a file's validation, in words: its first error (say, no
 * local copy of the schema), else the status. */
static const char *first_error(const tc_diags *d, tc_status st)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (tc_diags_at(d, i)->severity == TC_SEV_ERROR)
            return tc_diags_at(d, i)->message;
    return tc_status_str(st);
}

static void result_line(FILE *out, tc_diag_style style, const char *file,
                        tc_status st, const tc_diags *d)
{
    size_t errors = tc_diags_errors(d), warnings = 0;
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (tc_diags_at(d, i)->severity == TC_SEV_WARNING)
            warnings++;
    if (style == TC_DIAG_JSON) {
        tc_buf b = {0};
        tc_buf_puts(&b, "{\"file\":");
        tc_buf_json_string(&b, file);
        tc_buf_printf(
            &b, ",\"valid\":%s,\"status\":", st == TC_OK ? "true" : "false");
        tc_buf_json_string(&b, tc_status_str(st));
        tc_buf_printf(&b, ",\"errors\":%zu,\"warnings\":%zu}", errors,
                      warnings);
        char *line = tc_buf_take(&b);
        if (line)
            fprintf(out, "%s\n", line);
        free(line);
        return;
    }
    if (st == TC_OK)
        fprintf(out, "%s validates%s\n", file,
                warnings ? " (with warnings)" : "");
    else if (st == TC_E_INVALID)
        fprintf(out, "%s fails to validate (%zu error%s)\n", file, errors,
                errors == 1 ? "" : "s");
    else
        fprintf(out, "%s cannot be validated: %s\n", file, first_error(d, st));
}

typedef struct validate_ui {
    FILE *out;
    FILE *diag_out;
    tc_diag_style style;
    int quiet;
    tool_progress bar;
    tool_report *report;
    summary sum;
    int worst;
    size_t invalid; /* files validated and found invalid */
} validate_ui;

static void on_item(const tc_batch_item *item, void *user)
{
    validate_ui *ui = user;
    tool_progress_clear(&ui->bar);
    tool_print_diags(ui->diag_out, item->diags, ui->style);
    for (size_t k = 0; k < tc_diags_count(item->diags); k++)
        summary_add(&ui->sum, tc_diags_at(item->diags, k), item->path);
    if (!ui->quiet)
        result_line(ui->out, ui->style, item->path, item->status, item->diags);
    tool_report_item(ui->report, item);
    ui->invalid += item->status == TC_E_INVALID;
    if (tool_exit_for(item->status) > ui->worst)
        ui->worst = tool_exit_for(item->status);
    tool_progress_redraw(&ui->bar);
}

static void on_progress(const tc_batch_progress *p, void *user)
{
    validate_ui *ui = user;
    tool_progress_update(&ui->bar, p, p->done == p->total);
}

int tool_validate(int argc, char **argv, FILE *out, FILE *err)
{
    /* clang-format off */
    static const struct option longopts[] = {
        {"schema", required_argument, NULL, 's'},
        {"as", required_argument, NULL, 'a'},
        {"catalog", required_argument, NULL, 'c'},
        {"own", no_argument, NULL, 'O'},
        {"no-rules", no_argument, NULL, 'R'},
        {"no-cache", no_argument, NULL, 'g'},
        {"error-format", required_argument, NULL, 'F'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"max-size", required_argument, NULL, 'Z'},
        {"max-node-size", required_argument, NULL, 'z'},
        {"max-validate-seconds", required_argument, NULL, 'V'},
        {"allow-read", required_argument, NULL, 'A'},
        {"jobs", required_argument, NULL, 'j'},
        {"files-from", required_argument, NULL, 'L'},
        {"null", no_argument, NULL, '0'},
        {"report", required_argument, NULL, 'r'},
        {"progress", no_argument, NULL, 'p'},
        {"follow-links", no_argument, NULL, 'K'},
        {NULL, 0, NULL, 0}};
    tc_validator_opts o = {0};
    o.max_node = TC_DEFAULT_MAX_NODE;
    tc_batch_opts bo = {0};
    const char *report_path = NULL;
    int progress = 0;
    size_t max_size = TC_DEFAULT_MAX_SIZE;
    int rc;
    tc_diag_style style = TC_DIAG_TEXT;
    int quiet = 0;
    tc_set_validate_time_limit(TC_DEFAULT_VALIDATE_SECONDS);
    optind = 0;
    opterr = 0;
    int c;
    for (c = getopt_long(argc, argv, "+qhj:0", longopts, NULL); c != -1;
         c = getopt_long(argc, argv, "+qhj:0", longopts, NULL)) {
        switch (c) {
        case 's': o.schema = optarg; break;
        case 'c': o.catalog = optarg; break;
        case 'O': o.own = 1; break;
        case 'R': o.no_rules = 1; break;
        case 'g': tc_set_schema_cache(0); break;
        case 'q': quiet = 1; break;
        case 'j':
            rc = tool_jobs_opt("validate", optarg, &bo.jobs, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'L': bo.files_from = optarg; break;
        case '0': bo.files_from_nul = 1; break;
        case 'r': report_path = optarg; break;
        case 'p': progress = 1; break;
        case 'K': bo.follow_links = 1; break;
        case 'Z':
            rc = tool_size_opt("validate", "--max-size", optarg, &max_size,
                               err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'z':
            rc = tool_size_opt("validate", "--max-node-size", optarg,
                               &o.max_node, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'V':
            rc = tool_validate_seconds_opt("validate", optarg, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'A':
            rc = tool_allow_read_opt("validate", optarg, err);
            if (rc != EXIT_OK)
                return rc;
            break;
        case 'a':
            o.as = tc_doctype_parse(optarg);
            if (o.as == TC_DOC_UNKNOWN) {
                fprintf(err, "teiconv validate: --as takes tei, ead, ead3 or dc, not '%s'\n",
                        optarg);
                return EXIT_USAGE;
            }
            break;
        case 'F':
            if (strcmp(optarg, "json") == 0) {
                style = TC_DIAG_JSON;
            } else if (strcmp(optarg, "text") == 0) {
                style = TC_DIAG_TEXT;
            } else {
                fprintf(err, "teiconv validate: --error-format is 'text' or 'json'\n");
                return EXIT_USAGE;
            }
            break;
        case 'h': fputs(validate_usage, out); return EXIT_OK;
        default:
            fprintf(err, "teiconv validate: unknown or incomplete option '%s'\n%s",
                    argv[optind - 1], validate_usage);
            return EXIT_USAGE;
        }
    }
    if (optind >= argc && !bo.files_from) {
        fprintf(err, "teiconv validate: no input files\n%s", validate_usage);
        return EXIT_USAGE;
    }
    tc_set_include_max(max_size);
    /* JSON Lines go to one stream so a program reads them in order. */
    FILE *diag_out = style == TC_DIAG_JSON ? out : err;
    tc_diags *d = tc_diags_new();
    tc_validator *v = NULL;
    if (!d)
        return EXIT_INTERNAL;
    tc_status st = tc_validator_new(&o, &v, d);
    if (st != TC_OK) {
        tool_print_diags(diag_out, d, style);
        tc_diags_free(d);
        return tool_exit_for(st);
    }
    validate_ui ui = {out, diag_out, style, quiet, {0}, NULL, {0}, EXIT_OK, 0};
    ui.report = tool_report_open(report_path);
    if (!ui.report) {
        fprintf(err, "teiconv validate: cannot write the report '%s': %s\n",
                report_path ? report_path : "", strerror(errno));
        tc_validator_free(v);
        tc_diags_free(d);
        return EXIT_IO;
    }
    tool_report_set_validation(ui.report);
    tool_progress_init(&ui.bar, err, progress || (!quiet && isatty(fileno(err))));
    bo.stop = &tool_stop_requested;
    bo.on_item = on_item;
    bo.on_progress = on_progress;
    bo.user = &ui;
    tc_batch_stats bst; /* the stop signals: tool_run_stoppable */
    tc_status bs = tc_batch_validate(v, (const char *const *)(argv + optind),
                                     (size_t)(argc - optind), &bo, max_size,
                                     &bst, d);
    tool_progress_done(&ui.bar);
    rc = ui.worst;
    if (bs != TC_OK)
        rc = tool_exit_for(bs);
    else if (tc_diags_errors(d) && rc < EXIT_IO)
        rc = EXIT_IO; /* a folder could not be read: files may be missing */
    tool_print_diags(diag_out, d, style);
    tool_report_run(ui.report, d);
    if (tool_report_finish(ui.report, &bst) != 0) {
        fprintf(err, "teiconv validate: cannot write the report '%s'\n",
                report_path);
        if (rc < EXIT_IO)
            rc = EXIT_IO;
    }
    if (bs == TC_OK && bst.total == 0) {
        /* never a silent success */
        fprintf(err, "teiconv validate: nothing validated: no file found (a "
                     "folder is walked for *.xml files)\n");
        if (rc == EXIT_OK)
            rc = EXIT_FAILED;
    } else if (bs == TC_OK && bst.total > 1 && !quiet) {
        summary_print(&ui.sum, style == TC_DIAG_JSON ? out : err, style,
                      (int)bst.total, (int)bst.ok, (int)ui.invalid);
    }
    if (bst.stopped) {
        fprintf(err, "teiconv validate: interrupted, %zu file%s not "
                     "validated\n", bst.not_started,
                bst.not_started == 1 ? "" : "s");
        rc = EXIT_INTERRUPTED;
    }
    summary_free(&ui.sum);
    tool_report_free(ui.report);
    tc_validator_free(v);
    tc_diags_free(d);
    return rc;
}

/* clang-format on */
