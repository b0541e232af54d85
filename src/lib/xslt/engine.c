/* engine.c: the conversion engine: finds the data directory, compiles each
 * stylesheet the first time it is needed, under safe XSLT preferences, and
 * renders TEI into the other formats. Shared between worker threads; each
 * thread runs its own copies of the stylesheets (xslt/style_pool.h). */
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "xslt/engine.h"
#include "xslt/fit_copy.h"
#include "xslt/fit_table.h"
#include "xslt/format.h"
#include "xslt/lang_words.h"
#include "xslt/loss_path.h"
#include "xslt/style_pool.h"
#include "xslt/user_xsl.h"
#include "xslt/wrap.h"
#include "base/util.h"
#include "base/read_guard.h"
#include "base/xml_errors.h"

/* The stylesheets' slots in the pool: one per (input kind, format),
 * compiled the first time a thread meets an input of that kind asking for
 * that format (so a run over text records never pays for the others), and
 * tei-loss.xsl. */
#define STYLE_SLOT(k, i) ((size_t)(k)*TC_FMT_COUNT + (size_t)(i))
#define LOSS_SLOT        STYLE_SLOT(TC_IN_KIND_COUNT, 0)
#define STYLE_SLOTS      (LOSS_SLOT + 1)

/* What a run compiles once: the validators, and (one copy per thread)
 * the stylesheets. The lock makes each validator's one compilation safe
 * between worker threads. */
typedef struct route_cache {
    pthread_mutex_t lock;
    tc_style_pool *styles;
    /* Validators, one per schema (tc_schema_slot): the official schema of
     * each type checks the inputs of that type and the outputs of that
     * format (the output gate), our own ones the outputs; made on first
     * use like the stylesheets, so one compilation per schema. */
    tc_validator *validator[TC_SCHEMA_COUNT];
    int validator_failed[TC_SCHEMA_COUNT];
    char *validator_why[TC_SCHEMA_COUNT]; /* told again to every user */
} route_cache;

struct tc_engine {
    char *datadir;
    unsigned formats; /* those tc_render may be asked for */
    xsltSecurityPrefsPtr prefs;
    route_cache *routes;
    int strict;          /* refuse inputs that fail their schema */
    int no_validate;     /* convert XML inputs without checking them */
    int no_output_check; /* write outputs without the output gate */
    tc_user_xsl *user;   /* --xsl, or NULL */
    int loss_on;         /* the loss report (tei-loss.xsl) is asked for */
    size_t max_size;     /* bytes of one input, 0 = no limit */
    unsigned max_depth;  /* element nesting of XML inputs */
    size_t max_node;     /* bytes of one node of an input, 0 = no limit */
    char *publish[6];    /* base-url, repository, extent: name, value, ... */
    size_t npublish;     /* strings used in publish */
};

/* A refused access stops the transformation, so that the input fails
 * with the refusal as its error instead of an output silently missing a
 * part (libxslt itself only warns and carries on). */
static int refuse(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                  const char *value)
{
    (void)sec;
    (void)value;
    if (ctxt)
        ctxt->state = XSLT_STATE_STOPPED;
    return 0;
}

/* Stylesheets may read (document()) only what the input may read: files
 * in the folder tree of the stylesheet or of the document being
 * transformed, or in an --allow-read folder (read_guard.c, whose scope
 * tc_transform_run opens); anything else is refused, so a hostile --xsl
 * cannot pull /etc/passwd or a neighbour's files into an output. */
static int read_file_check(xsltSecurityPrefsPtr sec,
                           xsltTransformContextPtr ctxt, const char *value)
{
    if (!ctxt || !value)
        return 0;
    return tc_read_allowed(value) ? 1 : refuse(sec, ctxt, value);
}

xsltSecurityPrefsPtr tc_security_prefs_new(void)
{
    xsltSecurityPrefsPtr p = xsltNewSecurityPrefs();
    if (!p)
        return NULL;
    if (xsltSetSecurityPrefs(p, XSLT_SECPREF_READ_FILE, read_file_check) ||
        xsltSetSecurityPrefs(p, XSLT_SECPREF_WRITE_FILE, refuse) ||
        xsltSetSecurityPrefs(p, XSLT_SECPREF_CREATE_DIRECTORY, refuse) ||
        xsltSetSecurityPrefs(p, XSLT_SECPREF_READ_NETWORK, refuse) ||
        xsltSetSecurityPrefs(p, XSLT_SECPREF_WRITE_NETWORK, refuse)) {
        xsltFreeSecurityPrefs(p);
        return NULL;
    }
    return p;
}

/* The first line of libxml2's gathered messages (for a diagnostic), or "". */
static const char *first_line(tc_buf *b)
{
    if (!b->data)
        return "";
    char *nl = strchr(b->data, '\n');
    if (nl)
        *nl = '\0';
    return b->data;
}

xsltStylesheetPtr tc_stylesheet_load(const char *path, tc_diags *d)
{
    /* libxml2's messages (a missing file, an xsl:import that fails) go to
     * the diagnostics, never to the host's stderr */
    tc_buf msgs = {0};
    tc_xml_errors q;
    tc_xml_errors_begin(&q, tc_xml_error_gather, &msgs);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    xsltStylesheetPtr s = doc ? xsltParseStylesheetDoc(doc) : NULL;
    int table_ok = s && !s->errors ? tc_fit_index_attach(s) : 1;
    tc_xml_errors_end(&q);
    if (!doc) {
        tc_diags_add(d, TC_SEV_ERROR, "TC010", path, 0, 0, NULL,
                     "check the installation, or set TEICONV_DATADIR to "
                     "the folder holding xsl/",
                     "cannot read stylesheet%s%s", msgs.len ? ": " : "",
                     first_line(&msgs));
        tc_buf_free(&msgs);
        return NULL;
    }
    if (!s || s->errors || !table_ok) {
        tc_diags_add(d, TC_SEV_ERROR, "TC011", path, 0, 0, NULL, NULL,
                     "stylesheet does not compile%s%s", msgs.len ? ": " : "",
                     first_line(&msgs));
        tc_buf_free(&msgs);
        if (s)
            tc_stylesheet_free(s);
        else
            xmlFreeDoc(doc);
        return NULL;
    }
    tc_buf_free(&msgs);
    return s;
}

/* Compile xsl/NAME of the engine's data folder. NULL with *why set to
 * TC_E_NOMEM (no path) or TC_E_INTERNAL (it does not load or compile, said
 * in d). */
static xsltStylesheetPtr load_named(const tc_engine *e, const char *name,
                                    tc_status *why, tc_diags *d)
{
    char *path = tc_asprintf("%s/xsl/%s", e->datadir, name);
    if (!path) {
        *why = TC_E_NOMEM;
        return NULL;
    }
    xsltStylesheetPtr s = tc_stylesheet_load(path, d);
    free(path);
    *why = s ? TC_OK : TC_E_INTERNAL;
    return s;
}

tc_status tc_engine_new(const char *datadir, unsigned formats, tc_engine **out,
                        tc_diags *d)
{
    tc_library_init();
    /* teiconv's own XSLT extension functions (tc:wrap, tc:fit-row,
     * tc:lang-*, tc:org-word, tc:where), once a process */
    tc_wrap_register();
    tc_fit_register();
    tc_fit_copy_register();
    tc_lang_words_register();
    tc_loss_path_register();
    *out = NULL;
    tc_engine *e = calloc(1, sizeof(*e));
    if (!e)
        return TC_E_NOMEM;
    e->max_size = TC_DEFAULT_MAX_SIZE;
    e->max_depth = TC_MAX_DEPTH_CEILING;
    e->max_node = TC_DEFAULT_MAX_NODE;
    e->datadir = tc_strdup(tc_datadir_find(datadir));
    e->prefs = tc_security_prefs_new();
    e->routes = calloc(1, sizeof(*e->routes));
    if (e->routes) {
        e->routes->styles = tc_style_pool_new(STYLE_SLOTS);
        if (!e->routes->styles ||
            pthread_mutex_init(&e->routes->lock, NULL) != 0) {
            tc_style_pool_free(e->routes->styles);
            free(e->routes);
            e->routes = NULL;
        }
    }
    if (!e->datadir || !e->prefs || !e->routes) {
        tc_engine_free(e);
        return TC_E_NOMEM;
    }
    /* The format stylesheets are compiled the first time an input needs
     * them (tc_render): -t tei compiles none, a run of one format one.
     * That they are there is told now, before any input. */
    e->formats = formats;
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        tc_format f = tc_format_at(i);
        const char *name = tc_format_stylesheet(f);
        if (!(formats & f) || !name)
            continue;
        char *path = tc_asprintf("%s/xsl/%s", e->datadir, name);
        int there = path && access(path, R_OK) == 0;
        if (path && !there)
            tc_diags_add(d, TC_SEV_ERROR, "TC010", path, 0, 0, NULL,
                         "check the installation, or set TEICONV_DATADIR "
                         "to the folder holding xsl/",
                         "cannot read stylesheet");
        free(path);
        if (!there) {
            tc_engine_free(e);
            return path ? TC_E_INTERNAL : TC_E_NOMEM;
        }
    }
    *out = e;
    return TC_OK;
}

void tc_engine_free(tc_engine *e)
{
    if (!e)
        return;
    if (e->routes) {
        tc_style_pool_free(e->routes->styles);
        for (int k = 0; k < TC_SCHEMA_COUNT; k++) {
            tc_validator_free(e->routes->validator[k]);
            free(e->routes->validator_why[k]);
        }
        pthread_mutex_destroy(&e->routes->lock);
        free(e->routes);
    }
    tc_user_xsl_free(e->user);
    if (e->prefs)
        xsltFreeSecurityPrefs(e->prefs);
    free(e->datadir);
    for (size_t i = 0; i < e->npublish; i++)
        free(e->publish[i]);
    free(e);
}

tc_status tc_engine_set_publishing(tc_engine *e, const char *base_url,
                                   const char *repository, const char *extent)
{
    for (size_t i = 0; i < e->npublish; i++)
        free(e->publish[i]);
    e->npublish = 0;
    const char *const pairs[6] = {"base-url", base_url, "repository",
                                  repository, "extent", extent};
    for (size_t i = 0; i < 6; i += 2) {
        if (!pairs[i + 1] || !*pairs[i + 1])
            continue;
        e->publish[e->npublish] = tc_strdup(pairs[i]);
        e->publish[e->npublish + 1] = tc_strdup(pairs[i + 1]);
        e->npublish += 2;
        if (!e->publish[e->npublish - 2] || !e->publish[e->npublish - 1])
            return TC_E_NOMEM;
    }
    return TC_OK;
}

size_t tc_engine_publish_params(const tc_engine *e, const char **params,
                                size_t room)
{
    size_t n = 0;
    for (; n < e->npublish && n < room; n++)
        params[n] = e->publish[n];
    return n;
}

void tc_engine_set_strict(tc_engine *e, int strict)
{
    e->strict = strict != 0;
}

void tc_engine_set_validate(tc_engine *e, int on)
{
    e->no_validate = on == 0;
}

int tc_engine_validates(const tc_engine *e)
{
    return !e->no_validate;
}

int tc_engine_strict(const tc_engine *e)
{
    return e->strict;
}

void tc_engine_set_output_check(tc_engine *e, int on)
{
    e->no_output_check = on == 0;
}

int tc_engine_output_check(const tc_engine *e)
{
    return !e->no_output_check;
}

tc_status tc_engine_set_user_stylesheet(tc_engine *e, const char *path,
                                        const char *const *params, tc_diags *d)
{
    tc_user_xsl *u = NULL;
    tc_status st = tc_user_xsl_load(path, params, &u, d);
    if (st != TC_OK)
        return st;
    tc_user_xsl_free(e->user);
    e->user = u;
    return TC_OK;
}

const char *tc_engine_user_suffix(const tc_engine *e)
{
    return tc_user_xsl_suffix(e->user);
}

/* What the pool compiles a slot from: the engine and xsl/NAME. */
typedef struct named_style {
    const tc_engine *e;
    const char *name;
} named_style;

static xsltStylesheetPtr compile_named(const void *arg, tc_diags *d)
{
    const named_style *n = arg;
    tc_status why;
    return load_named(n->e, n->name, &why, d);
}

/* The calling thread's copy of xsl/NAME in slot, compiled on first use;
 * NULL when it does not compile (a TC010/TC011 in d, the first time; a
 * short TC011 afterwards). */
static xsltStylesheetPtr pooled_style(const tc_engine *e, size_t slot,
                                      const char *name, tc_diags *d)
{
    named_style n = {e, name};
    int failed_before = 0;
    xsltStylesheetPtr s = tc_style_pool_get(
        e->routes->styles, slot, compile_named, &n, &failed_before, d);
    if (!s && failed_before)
        tc_diags_add(d, TC_SEV_ERROR, "TC011", name, 0, 0, NULL, NULL,
                     "stylesheet does not compile");
    return s;
}

#define LOSS_STYLESHEET "report/tei-loss.xsl"

tc_status tc_engine_set_loss_report(tc_engine *e, int on, tc_diags *d)
{
    /* compiled now (for this thread), so that a broken installation is
     * told before any input */
    if (on && !pooled_style(e, LOSS_SLOT, LOSS_STYLESHEET, d))
        return TC_E_INTERNAL;
    e->loss_on = on != 0;
    return TC_OK;
}

tc_status tc_engine_run_user(const tc_engine *e, xmlDocPtr doc,
                             const char *file, const char *stem, char **out,
                             size_t *out_len, tc_diags *d)
{
    *out = NULL;
    *out_len = 0;
    if (!e->user)
        return TC_OK;
    return tc_user_xsl_run(e->user, e->prefs, doc, file, stem, out, out_len, d);
}

int tc_engine_loss_report_on(const tc_engine *e)
{
    return e->loss_on;
}

tc_status tc_engine_run_loss(const tc_engine *e, xmlDocPtr tei,
                             const char *file, const char **params, tc_diags *d)
{
    xsltStylesheetPtr s = pooled_style(e, LOSS_SLOT, LOSS_STYLESHEET, d);
    if (!s)
        return TC_E_INTERNAL;
    return tc_loss_report_run(s, e->prefs, tei, file, params, d);
}

tc_status tc_engine_set_limits(tc_engine *e, size_t max_size,
                               unsigned max_depth)
{
    if (max_depth > TC_MAX_DEPTH_CEILING)
        return TC_E_USAGE;
    e->max_size = max_size;
    e->max_depth = max_depth ? max_depth : TC_MAX_DEPTH_CEILING;
    return TC_OK;
}

size_t tc_engine_max_size(const tc_engine *e)
{
    return e->max_size;
}

unsigned tc_engine_max_depth(const tc_engine *e)
{
    return e->max_depth;
}

void tc_engine_set_max_node(tc_engine *e, size_t bytes)
{
    e->max_node = bytes;
}

size_t tc_engine_max_node(const tc_engine *e)
{
    return e->max_node;
}

/* What each schema slot is: the type it validates as, and its file under
 * the data folder (our own) or NULL (the official one, by its URL through
 * the catalogs). */
static const struct {
    tc_doctype as;
    const char *own;
    const char *name;
} schema_slots[TC_SCHEMA_COUNT] = {
    [TC_SCHEMA_TEI] = {TC_DOC_TEI, NULL, "tei_all.rng"},
    [TC_SCHEMA_EAD] = {TC_DOC_EAD, NULL, "ead.xsd"},
    [TC_SCHEMA_EAD3] = {TC_DOC_EAD3, NULL, "ead3.rng"},
    [TC_SCHEMA_TEI_OWN] = {TC_DOC_TEI, "teiconv-tei.rng", "teiconv-tei.rng"},
    [TC_SCHEMA_DC_OWN] = {TC_DOC_UNKNOWN, "oai_dc.rng", "oai_dc.rng"},
};

const char *tc_schema_slot_name(tc_schema_slot s)
{
    return (unsigned)s < TC_SCHEMA_COUNT ? schema_slots[s].name : "?";
}

tc_validator *tc_engine_schema_validator(const tc_engine *e, tc_schema_slot s,
                                         tc_diags *d)
{
    if ((unsigned)s >= TC_SCHEMA_COUNT)
        return NULL;
    route_cache *rc = e->routes;
    pthread_mutex_lock(&rc->lock);
    tc_validator *v = rc->validator[s];
    if (!v && !rc->validator_failed[s]) {
        /* schema only: the rule checks are about teiconv's own records,
         * and the output gate is about validity */
        tc_validator_opts o = {0};
        char *own =
            schema_slots[s].own
                ? tc_asprintf("%s/schemas/%s", e->datadir, schema_slots[s].own)
                : NULL;
        o.schema = own ? own : tc_doctype_schema_url(schema_slots[s].as);
        o.as = schema_slots[s].as;
        o.datadir = e->datadir;
        o.no_rules = 1;
        tc_diags *tmp = tc_diags_new();
        if (!o.schema || tc_validator_new(&o, &v, tmp) != TC_OK)
            v = NULL;
        for (size_t i = 0; !v && tmp && i < tc_diags_count(tmp); i++)
            if (tc_diags_at(tmp, i)->severity == TC_SEV_ERROR) {
                rc->validator_why[s] = tc_strdup(tc_diags_at(tmp, i)->message);
                break;
            }
        tc_diags_free(tmp);
        free(own);
        rc->validator[s] = v;
        rc->validator_failed[s] = v == NULL;
    }
    if (!v)
        tc_diags_add(d, TC_SEV_ERROR, "TC300", NULL, 0, 0, NULL, NULL, "%s",
                     rc->validator_why[s] ? rc->validator_why[s]
                                          : "no validator for this schema");
    pthread_mutex_unlock(&rc->lock);
    return v;
}

tc_validator *tc_engine_input_validator(const tc_engine *e, tc_input_kind k,
                                        tc_diags *d)
{
    /* the official schema of the input's type, found through the XML
     * catalogs; the same validator checks outputs of that format */
    if (k == TC_IN_TEXT)
        return NULL;
    tc_schema_slot s = k == TC_IN_EAD2002 ? TC_SCHEMA_EAD
                       : k == TC_IN_EAD3  ? TC_SCHEMA_EAD3
                                          : TC_SCHEMA_TEI;
    return tc_engine_schema_validator(e, s, d);
}

/* The calling thread's compiled stylesheet of route (k, f), compiled on
 * its first use (text records and our TEI keep their format stylesheets in
 * the slots of TC_IN_TEI_OURS). */
static xsltStylesheetPtr route_style(const tc_engine *e, tc_input_kind k, int i,
                                     const char *name, tc_diags *d)
{
    return pooled_style(e, STYLE_SLOT(k, i), name, d);
}

/* Render doc, an input of kind k, as f (see tc_render_input_from); a
 * format of our TEI must be one the engine was made for, unless it is
 * made as the first stage of another (staged). */
static tc_status render(const tc_engine *e, tc_input_kind k, tc_format f,
                        xmlDocPtr doc, xmlDocPtr prior, int staged,
                        const char **params, char **out, size_t *out_len,
                        xmlDocPtr *result, tc_diags *d)
{
    if (result)
        *result = NULL;
    int ours = k == TC_IN_TEXT || k == TC_IN_TEI_OURS;
    int i = tc_format_index(f);
    const char *name = tc_route_stylesheet(k, f);
    if (i < 0 || (unsigned)k >= TC_IN_KIND_COUNT || !name ||
        strcmp(name, TC_ROUTE_SAME) == 0 ||
        (ours && !staged && !(e->formats & f)))
        return TC_E_USAGE;
    /* a stylesheet that takes another format's result: that result, made
     * now unless the caller has it already */
    tc_format from = tc_route_from(k, f);
    xmlDocPtr made = NULL;
    if (from && !prior) {
        tc_status st =
            render(e, k, from, doc, NULL, 1, params, NULL, NULL, &made, d);
        if (st != TC_OK)
            return st;
        prior = made;
    }
    xsltStylesheetPtr s = route_style(e, ours ? TC_IN_TEI_OURS : k, i, name, d);
    tc_status st = s ? tc_transform_run(s, e->prefs, from ? prior : doc, params,
                                        name, out, out_len, result, d)
                     : TC_E_INTERNAL;
    xmlFreeDoc(made);
    return st;
}

tc_status tc_render_input_from(const tc_engine *e, tc_input_kind k, tc_format f,
                               xmlDocPtr doc, xmlDocPtr prior,
                               const char **params, char **out, size_t *out_len,
                               xmlDocPtr *result, tc_diags *d)
{
    return render(e, k, f, doc, prior, 0, params, out, out_len, result, d);
}

tc_status tc_render_input_tree(const tc_engine *e, tc_input_kind k, tc_format f,
                               xmlDocPtr doc, const char **params, char **out,
                               size_t *out_len, xmlDocPtr *result, tc_diags *d)
{
    return render(e, k, f, doc, NULL, 0, params, out, out_len, result, d);
}

tc_status tc_render_input(const tc_engine *e, tc_input_kind k, tc_format f,
                          xmlDocPtr doc, const char **params, char **out,
                          size_t *out_len, tc_diags *d)
{
    return tc_render_input_tree(e, k, f, doc, params, out, out_len, NULL, d);
}

const char *tc_engine_datadir(const tc_engine *e)
{
    return e->datadir;
}

tc_status tc_render(const tc_engine *e, tc_format f, xmlDocPtr tei,
                    const char **params, char **out, size_t *out_len,
                    tc_diags *d)
{
    return render(e, TC_IN_TEI_OURS, f, tei, NULL, 0, params, out, out_len,
                  NULL, d);
}

tc_status tc_engine_run_named(const tc_engine *e, const char *name,
                              xmlDocPtr doc, const char **params, char **out,
                              size_t *out_len, xmlDocPtr *result, tc_diags *d)
{
    tc_status st;
    xsltStylesheetPtr s = load_named(e, name, &st, d);
    if (!s)
        return st;
    st = tc_transform_run(s, e->prefs, doc, params, name, out, out_len, result,
                          d);
    tc_stylesheet_free(s);
    return st;
}
