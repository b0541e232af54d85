/* user_xsl.c: the extra transformations of an input's TEI besides the
 * formats: the user's own stylesheet (--xsl), read and checked once, then
 * compiled once per worker thread from the document read (a compiled
 * stylesheet is never shared between threads: xslt/style_pool.h), and the
 * loss report (tei-loss.xsl). A tc_user_xsl owns the stylesheet's
 * document, its compiled copies, its copy of the parameters and its
 * suffix; run results are handed to the caller. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxslt/xsltutils.h>

#include "xslt/engine.h"
#include "xslt/style_pool.h"
#include "xslt/user_xsl.h"
#include "base/util.h"
#include "base/xml_errors.h"

/* The hint of TC211, whichever thread compiles the stylesheet. */
#define NOT_COMPILED_HINT                                                      \
    "--xsl takes an XSLT 1.0 stylesheet (EXSLT allowed); try it with "         \
    "xsltproc --nonet"

struct tc_user_xsl {
    xmlDocPtr source;     /* the stylesheet as read, never compiled itself */
    tc_style_pool *style; /* one slot: each thread's compiled copy */
    char *name;           /* file name, for diagnostics */
    char *suffix;         /* ".NAME.EXT" */
    char **params;        /* name, value, ..., NULL */
    size_t nparams;       /* names, not strings */
    int has_stem;         /* params sets record-stem itself */
};

/* Messages of the XML parser and XSLT compiler while loading, gathered so
 * that the library prints nothing. Loading happens before any worker
 * thread starts; the handlers are the calling thread's. */
static void gather(void *ctx, const char *msg, ...)
{
    va_list ap;
    va_start(ap, msg);
    char *s = tc_vasprintf(msg, ap);
    va_end(ap);
    if (s) {
        tc_buf_puts(ctx, s);
        free(s);
    }
}

/* The gathered messages on one line: the first three that say something
 * (a line with a colon: not the source excerpt and caret of a parser
 * error), joined with "; ". Caller frees. */
static char *summary_of(tc_buf *b)
{
    char *all = tc_buf_take(b);
    if (!all)
        return NULL;
    tc_buf out = {0};
    int kept = 0;
    for (char *line = all, *nl; line && *line && kept < 3;
         line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (!strchr(line, ':'))
            continue;
        if (kept++)
            tc_buf_puts(&out, "; ");
        tc_buf_puts(&out, line);
    }
    free(all);
    return tc_buf_take(&out);
}

static char *suffix_for(const char *name, const xmlChar *method)
{
    size_t n = strlen(name);
    static const char *const exts[] = {".xslt", ".xsl"};
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t e = strlen(exts[i]);
        if (n > e && strcmp(name + n - e, exts[i]) == 0) {
            n -= e;
            break;
        }
    }
    const char *ext = "xml";
    if (method && xmlStrEqual(method, BAD_CAST "text"))
        ext = "txt";
    else if (method && (xmlStrEqual(method, BAD_CAST "html") ||
                        xmlStrEqual(method, BAD_CAST "xhtml")))
        ext = "html";
    return tc_asprintf(".%.*s.%s", (int)n, name, ext);
}

static int copy_params(tc_user_xsl *u, const char *const *params)
{
    size_t n = 0;
    while (params && params[2 * n])
        n++;
    u->params = calloc(2 * n + 1, sizeof(char *));
    if (!u->params)
        return -1;
    u->nparams = n;
    for (size_t i = 0; i < 2 * n; i++) {
        u->params[i] = tc_strdup(params[i] ? params[i] : "");
        if (!u->params[i])
            return -1;
    }
    for (size_t i = 0; i < n; i++)
        if (strcmp(u->params[2 * i], "record-stem") == 0)
            u->has_stem = 1;
    return 0;
}

tc_status tc_user_xsl_load(const char *path, const char *const *params,
                           tc_user_xsl **out, tc_diags *d)
{
    tc_library_init();
    *out = NULL;
    if (access(path, R_OK) != 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC210", path, 0, 0, NULL,
                     "check the path given with --xsl",
                     "cannot read the stylesheet");
        return TC_E_IO;
    }
    tc_user_xsl *u = calloc(1, sizeof(*u));
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (u)
        u->name = tc_strdup(base);
    if (!u || !u->name || copy_params(u, params) != 0) {
        tc_user_xsl_free(u);
        return TC_E_NOMEM;
    }
    tc_buf msgs = {0};
    tc_xml_errors q;
    tc_xml_errors_begin(&q, tc_xml_error_gather, &msgs);
    xmlGenericErrorFunc xslt_before = xsltGenericError;
    void *xslt_before_ctx = xsltGenericErrorContext;
    xsltSetGenericErrorFunc(&msgs, gather);
    u->source = xmlReadFile(path, NULL, XML_PARSE_NONET);
    xmlDocPtr doc = u->source ? xmlCopyDoc(u->source, 1) : NULL;
    xsltStylesheetPtr s = doc ? xsltParseStylesheetDoc(doc) : NULL;
    xsltSetGenericErrorFunc(xslt_before_ctx, xslt_before);
    tc_xml_errors_end(&q);
    if (!s || s->errors) {
        char *why = summary_of(&msgs);
        tc_diags_add(d, TC_SEV_ERROR, "TC211", path, 0, 0, NULL,
                     NOT_COMPILED_HINT, "the stylesheet does not compile: %s",
                     why && *why ? why : "not an XSLT stylesheet");
        free(why);
        if (s)
            xsltFreeStylesheet(s);
        else
            xmlFreeDoc(doc);
        tc_user_xsl_free(u);
        return TC_E_USAGE;
    }
    tc_buf_free(&msgs);
    u->suffix = suffix_for(u->name, s->method);
    u->style = tc_style_pool_new(1);
    if (!u->style || tc_style_pool_put(u->style, 0, s) != 0) {
        xsltFreeStylesheet(s);
        tc_user_xsl_free(u);
        return TC_E_NOMEM;
    }
    if (!u->suffix) {
        tc_user_xsl_free(u);
        return TC_E_NOMEM;
    }
    *out = u;
    return TC_OK;
}

void tc_user_xsl_free(tc_user_xsl *u)
{
    if (!u)
        return;
    tc_style_pool_free(u->style);
    if (u->source)
        xmlFreeDoc(u->source);
    for (size_t i = 0; u->params && i < 2 * u->nparams; i++)
        free(u->params[i]);
    free(u->params);
    free(u->name);
    free(u->suffix);
    free(u);
}

const char *tc_user_xsl_suffix(const tc_user_xsl *u)
{
    return u ? u->suffix : NULL;
}

/* Another thread's copy of the stylesheet, compiled from a copy of the
 * document that compiled once already at load (xsltParseStylesheetDoc
 * takes and changes the document it is given). */
static xsltStylesheetPtr compile_copy(const void *arg, tc_diags *d)
{
    const tc_user_xsl *u = arg;
    xmlDocPtr doc = xmlCopyDoc(u->source, 1);
    xsltStylesheetPtr s = doc ? xsltParseStylesheetDoc(doc) : NULL;
    if (s && s->errors) {
        xsltFreeStylesheet(s);
        s = NULL;
    } else if (!s && doc) {
        xmlFreeDoc(doc);
    }
    if (!s)
        tc_diags_add(d, TC_SEV_ERROR, "TC211", u->name, 0, 0, NULL,
                     NOT_COMPILED_HINT,
                     "the stylesheet does not compile again in a worker "
                     "thread (an imported file changed?)");
    return s;
}

/* libxslt's messages of a failed run on one line: "; " between lines,
 * a line said again (libxslt repeats "runtime error: ...") left out.
 * Caller frees. */
static char *one_line(const char *msg)
{
    char *copy = tc_strdup(msg);
    if (!copy)
        return NULL;
    tc_buf out = {0};
    const char *prev = NULL;
    for (char *line = copy, *nl; line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (!*line || (prev && strcmp(prev, line) == 0) ||
            strstr(out.data ? out.data : "", line))
            continue;
        if (prev)
            tc_buf_puts(&out, "; ");
        tc_buf_puts(&out, line);
        prev = line;
    }
    free(copy);
    return tc_buf_take(&out);
}

tc_status tc_user_xsl_run(const tc_user_xsl *u, xsltSecurityPrefsPtr prefs,
                          xmlDocPtr doc, const char *file, const char *stem,
                          char **out, size_t *out_len, tc_diags *d)
{
    *out = NULL;
    *out_len = 0;
    const char **params = calloc(2 * u->nparams + 3, sizeof(char *));
    tc_diags *tmp = tc_diags_new();
    if (!params || !tmp) {
        free(params);
        tc_diags_free(tmp);
        return TC_E_NOMEM;
    }
    size_t k = 0;
    for (; k < 2 * u->nparams; k++)
        params[k] = u->params[k];
    if (stem && !u->has_stem) {
        params[k++] = "record-stem";
        params[k++] = stem;
    }
    /* the document()s of a text record resolve beside the record */
    if (!doc->URL && file)
        doc->URL = xmlStrdup(BAD_CAST file);
    xsltStylesheetPtr s =
        tc_style_pool_get(u->style, 0, compile_copy, u, NULL, tmp);
    tc_status st = s ? tc_transform_run(s, prefs, doc, params, u->name, out,
                                        out_len, NULL, tmp)
                     : TC_E_INPUT;
    free(params);
    /* the stylesheet's own failures (a refused access stops it) are the
     * input's problem with this stylesheet, not a bug of teiconv */
    for (size_t i = 0; i < tc_diags_count(tmp); i++) {
        const tc_diag *g = tc_diags_at(tmp, i);
        /* a runaway recursion (TC022), the time budget (TC023) and an
         * interrupted run (TC024) keep their own codes and hints: they are
         * not refused accesses */
        int failure =
            g->severity == TC_SEV_ERROR && strcmp(g->code, "TC022") != 0 &&
            strcmp(g->code, "TC023") != 0 && strcmp(g->code, "TC024") != 0;
        char *msg = one_line(g->message);
        tc_diags_add(d, g->severity, failure ? "TC212" : g->code,
                     g->file ? g->file : file, g->line, g->col, g->xpath,
                     failure ? "the --xsl stylesheet may not write files, "
                               "use the network, or read files outside its "
                               "own folder and the input's"
                             : g->hint,
                     "%s", msg ? msg : g->message);
        free(msg);
    }
    tc_diags_free(tmp);
    if (st == TC_E_INTERNAL)
        st = TC_E_INPUT;
    if (st == TC_OK && *out_len == 0) {
        free(*out);
        *out = NULL;
        tc_diags_add(d, TC_SEV_WARNING, "TC213", file, 0, 0, NULL,
                     "nothing is written for this input",
                     "%s produced no output", u->name);
    }
    return st;
}

tc_status tc_loss_report_run(xsltStylesheetPtr loss, xsltSecurityPrefsPtr prefs,
                             xmlDocPtr tei, const char *file,
                             const char **params, tc_diags *d)
{
    char *text = NULL;
    size_t len = 0;
    static const char summarised[] = "summarised: ";
    tc_status st = tc_transform_run(
        loss, prefs, tei, params, "report/tei-loss.xsl", &text, &len, NULL, d);
    for (char *line = text, *nl; st == TC_OK && line && *line;
         line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (strncmp(line, summarised, sizeof summarised - 1) == 0)
            tc_diags_add(d, TC_SEV_WARNING, "TC201", file, 0, 0, NULL,
                         "list them all with --dsc-max-depth 0 "
                         "--dsc-max-components 0",
                         "%s", line + sizeof summarised - 1);
        else if (*line)
            tc_diags_add(d, TC_SEV_NOTE, "TC200", file, 0, 0, NULL, NULL, "%s",
                         line);
    }
    free(text);
    return st;
}
