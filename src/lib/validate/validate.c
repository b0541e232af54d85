/* validate.c: the validator: finds a document's schema (option, xml-model,
 * official URL via catalogs), compiles it once per run and validates. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xinclude.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

#include "base/util.h"
#include "base/xml_errors.h"
#include "validate/validate.h"
#include "xml/node_path.h"
#include "xml/xml_walk.h"
#include "validate/rng.h"
#include "validate/rng_cache.h"
#include "validate/rng_msg.h"
#include "base/read_guard.h"
#include "xml/node_size.h"
#include "xml/xml_input.h"

#define TEI_NS  "http://www.tei-c.org/ns/1.0"
#define EAD_NS  "urn:isbn:1-931666-22-9"
#define EAD3_NS "http://ead3.archivists.org/schema/"
#define RNG_NS  "http://relaxng.org/ns/structure/1.0"
#define XSD_NS  "http://www.w3.org/2001/XMLSchema"

/* One schema file, compiled on first use; read-only afterwards, shared by
 * the threads of a run. */
typedef struct schema {
    char *path; /* local file */
    int is_xsd;
    tc_rng_grammar *rng; /* RELAX NG: our compiled grammar */
    xmlSchemaPtr xsd;
    tc_status failed; /* TC_OK, or why it is unusable */
    char *failure;    /* the first compile message, for repeats */
} schema;

struct tc_validator {
    tc_validator_opts o;
    char *schema_opt;
    char *datadir;
    pthread_mutex_t lock; /* guards schemas and their caches */
    schema **schemas;
    size_t nschemas;
};

/* ---- process-wide set-up --------------------------------------------- */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t catalog_lock = PTHREAD_MUTEX_INITIALIZER;

static void validate_init(void)
{
    /* Catalogs first so XML_CATALOG_FILES is honoured before any
     * --catalog is added; then every external load (XSD imports included,
     * which libxml2 parses without XML_PARSE_NONET) goes through the
     * catalog and refuses the network. */
    xmlInitializeCatalog();
    /* then the official schemas of 'teiconv schemas install', if any */
    char *installed = tc_schemas_catalog_find();
    if (installed) {
        xmlLoadCatalog(installed);
        tc_read_trust_folder_of(installed); /* the user's set-up, read lazily */
    }
    free(installed);
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
}

static void init_all(void)
{
    tc_library_init();
    pthread_once(&init_once, validate_init);
}

/* libxml2 reports some errors (XInclude, reading a schema file) only
 * through the calling thread's structured error handler: tc_xml_errors
 * points it at a collector for the duration of a call, then restores it. */

typedef struct xinc_errs {
    tc_diags *d;
    const char *file;
} xinc_errs;

static void xinclude_error(void *data, xmlErrorPtr err)
{
    xinc_errs *x = data;
    if (!err || err->level == XML_ERR_NONE)
        return;
    char *msg = tc_strdup(err->message ? err->message : "XInclude failed");
    if (!msg)
        return;
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    xmlNodePtr node = err->node;
    char *xp = tc_node_xpath(node);
    tc_diags_add(x->d, TC_SEV_WARNING, TC_V_XINCLUDE, x->file,
                 node ? xmlGetLineNo(node) : err->line, 0, xp,
                 "make the included file available, or give the xi:include an "
                 "xi:fallback",
                 "XInclude: %s", msg);
    free(xp);
    free(msg);
}

/* ---- finding schema files -------------------------------------------- */

static int is_remote(const char *uri)
{
    return strncmp(uri, "http://", 7) == 0 ||
           strncmp(uri, "https://", 8) == 0 || strncmp(uri, "ftp://", 6) == 0;
}

/* A local path for a catalog answer or a file: URL; NULL for remote. */
static char *local_path(const char *uri)
{
    if (is_remote(uri))
        return NULL;
    if (strncmp(uri, "file://", 7) == 0) {
        const char *p = uri + 7;
        if (strncmp(p, "localhost/", 10) == 0)
            p += 9;
        return (char *)xmlURIUnescapeString(p, 0, NULL);
    }
    return tc_strdup(uri);
}

/* Resolve a schema reference (relative to base, then through the XML
 * catalogs) to a readable local file, or NULL. */
static char *resolve_schema(const char *ref, const char *base, int *by_catalog)
{
    if (!ref)
        return NULL;
    xmlChar *abs = NULL;
    if (base && !is_remote(ref) && ref[0] != '/')
        abs = xmlBuildURI(BAD_CAST ref, BAD_CAST base);
    const char *uri = abs ? (const char *)abs : ref;
    xmlChar *hit = NULL;
    pthread_mutex_lock(&catalog_lock);
    hit = xmlCatalogResolveURI(BAD_CAST uri);
    if (!hit)
        hit = xmlCatalogResolveSystem(BAD_CAST uri);
    if (!hit && uri != ref)
        hit = xmlCatalogResolveURI(BAD_CAST ref);
    pthread_mutex_unlock(&catalog_lock);
    char *path = local_path(hit ? (const char *)hit : uri);
    if (by_catalog)
        *by_catalog = hit != NULL;
    xmlFree(hit);
    xmlFree(abs);
    if (path && access(path, R_OK) != 0) {
        free(path);
        path = NULL;
    }
    return path;
}

/* How to provide a schema that could not be found. */
static const char provide_hint[] =
    "run 'teiconv schemas install' to install the official schemas, or pass "
    "a local copy with --schema FILE, or map the URL to one in an XML "
    "catalog given with --catalog FILE or XML_CATALOG_FILES";

/* ---- compiling ------------------------------------------------------- */

static void schema_free(schema *s)
{
    if (!s)
        return;
    free(s->path);
    tc_rng_grammar_free(s->rng);
    if (s->xsd)
        xmlSchemaFree(s->xsd);
    free(s->failure);
    free(s);
}

static void remember_failure(schema *s, tc_status st, tc_diags *tmp)
{
    s->failed = st;
    for (size_t i = 0; i < tc_diags_count(tmp); i++) {
        const tc_diag *dg = tc_diags_at(tmp, i);
        if (dg->severity == TC_SEV_ERROR) {
            s->failure = tc_strdup(dg->message);
            break;
        }
    }
}

/* Read the schema file and compile it, or take its grammar from the cache
 * of compiled grammars (use_cache: not for a schema a document named
 * itself, whose files must pass the read scope as they are read). */
static void schema_load(schema *s, tc_diags *d, int use_cache)
{
    s->rng = use_cache ? tc_rng_cache_load(s->path) : NULL;
    if (s->rng)
        return;
    tc_diags *tmp = tc_diags_new();
    xmlParserCtxtPtr pc = xmlNewParserCtxt();
    xmlDocPtr doc = NULL;
    if (pc) {
        tc_xml_errors q;
        tc_xml_errors_begin(&q, NULL, NULL);
        doc = xmlCtxtReadFile(pc, s->path, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOWARNING |
                                  XML_PARSE_NOERROR);
        tc_xml_errors_end(&q);
        xmlFreeParserCtxt(pc);
    }
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    const char *ns = root && root->ns ? (const char *)root->ns->href : "";
    if (!root) {
        tc_diags_add(
            tmp, TC_SEV_ERROR, TC_V_BADSCHEMA, s->path, 0, 0, NULL,
            "check the path; the schema must be well-formed XML "
            "(RELAX NG compact syntax is not read: convert it with trang)",
            "cannot read the schema %s", s->path);
        xmlFreeDoc(doc);
        remember_failure(s, TC_E_IO, tmp);
        tc_diags_take(d, tmp);
        tc_diags_free(tmp);
        return;
    }
    if (strcmp(ns, XSD_NS) == 0) {
        s->is_xsd = 1;
        xmlFreeDoc(doc);
        xmlSchemaParserCtxtPtr sp = xmlSchemaNewParserCtxt(s->path);
        if (sp) {
            xmlSchemaSetParserStructuredErrors(sp, tc_schema_error_handler,
                                               tmp);
            s->xsd = xmlSchemaParse(sp);
            xmlSchemaFreeParserCtxt(sp);
        }
        if (!s->xsd) {
            if (!tc_diags_errors(tmp))
                tc_diags_add(tmp, TC_SEV_ERROR, TC_V_BADSCHEMA, s->path, 0, 0,
                             NULL, provide_hint,
                             "cannot compile the XSD schema %s", s->path);
            remember_failure(s, TC_E_INTERNAL, tmp);
        }
    } else if (strcmp(ns, RNG_NS) == 0) {
        char *why = NULL;
        long line = 0;
        int over_limit = 0;
        s->rng = tc_rng_grammar_from_doc(doc, &why, &line, &over_limit);
        xmlFreeDoc(doc);
        if (s->rng && use_cache)
            tc_rng_cache_store(s->path, s->rng);
        if (!s->rng && over_limit) {
            tc_diags_add(
                tmp, TC_SEV_ERROR, TC_V_TOOBIG, s->path, line, 0, NULL,
                "a schema this big or this deep is refused so that validation "
                "stays linear: split its long groups and interleaves, or make "
                "its nested choices one choice",
                "the RELAX NG schema %s is past teiconv's limits: %s", s->path,
                why);
            remember_failure(s, TC_E_INPUT, tmp);
        } else if (!s->rng) {
            tc_diags_add(
                tmp, TC_SEV_ERROR, TC_V_BADSCHEMA, s->path, line, 0, NULL,
                "the schema itself has a problem: check it with jing, or use "
                "the official copy",
                "cannot compile the RELAX NG schema %s: %s", s->path,
                why ? why : "out of memory");
            remember_failure(s, TC_E_INTERNAL, tmp);
        }
        free(why);
    } else {
        tc_diags_add(tmp, TC_SEV_ERROR, TC_V_BADSCHEMA, s->path,
                     xmlGetLineNo(root), 0, NULL,
                     "give a RELAX NG (XML syntax) or W3C XML Schema file",
                     "%s is neither RELAX NG nor XSD (root element <%s>)",
                     s->path, (const char *)root->name);
        xmlFreeDoc(doc);
        remember_failure(s, TC_E_USAGE, tmp);
    }
    tc_diags_take(d, tmp);
    tc_diags_free(tmp);
}

/* The schema object for a local path (found or made); under v->lock. */
static schema *schema_get(tc_validator *v, const char *path, tc_diags *d,
                          int use_cache)
{
    for (size_t i = 0; i < v->nschemas; i++)
        if (strcmp(v->schemas[i]->path, path) == 0)
            return v->schemas[i];
    schema **nv = realloc(v->schemas, (v->nschemas + 1) * sizeof(*nv));
    if (!nv)
        return NULL;
    v->schemas = nv;
    schema *s = calloc(1, sizeof(*s));
    if (s)
        s->path = tc_strdup(path);
    if (!s || !s->path) {
        free(s);
        return NULL;
    }
    schema_load(s, d, use_cache);
    v->schemas[v->nschemas++] = s;
    return s;
}

/* ---- the validator --------------------------------------------------- */

void tc_validator_free(tc_validator *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->nschemas; i++)
        schema_free(v->schemas[i]);
    free(v->schemas);
    free(v->schema_opt);
    free(v->datadir);
    pthread_mutex_destroy(&v->lock);
    free(v);
}

tc_status tc_validator_new(const tc_validator_opts *o, tc_validator **out,
                           tc_diags *d)
{
    init_all();
    *out = NULL;
    tc_validator *v = calloc(1, sizeof(*v));
    if (!v)
        return TC_E_NOMEM;
    if (o)
        v->o = *o;
    pthread_mutex_init(&v->lock, NULL);
    v->datadir = tc_strdup(tc_datadir_find(v->o.datadir));
    if (!v->datadir) {
        tc_validator_free(v);
        return TC_E_NOMEM;
    }
    v->o.datadir = v->datadir;
    if (v->o.catalog) {
        if (access(v->o.catalog, R_OK) != 0) {
            tc_diags_add(d, TC_SEV_ERROR, TC_V_NOSCHEMA, v->o.catalog, 0, 0,
                         NULL, "give the path of an OASIS XML catalog file",
                         "cannot read the catalog %s", v->o.catalog);
            tc_validator_free(v);
            return TC_E_IO;
        }
        pthread_mutex_lock(&catalog_lock);
        int rc = xmlLoadCatalog(v->o.catalog);
        pthread_mutex_unlock(&catalog_lock);
        if (rc != 0) {
            tc_diags_add(d, TC_SEV_ERROR, TC_V_NOSCHEMA, v->o.catalog, 0, 0,
                         NULL, "the catalog must be an OASIS XML catalog",
                         "cannot load the catalog %s", v->o.catalog);
            tc_validator_free(v);
            return TC_E_INPUT;
        }
        tc_read_trust_folder_of(v->o.catalog); /* its files load lazily */
        v->o.catalog = NULL;
    }
    if (v->o.schema) {
        char *path = resolve_schema(v->o.schema, NULL, NULL);
        if (!path) {
            tc_diags_add(d, TC_SEV_ERROR, TC_V_NOSCHEMA, v->o.schema, 0, 0,
                         NULL, provide_hint,
                         "the schema %s is not available locally", v->o.schema);
            tc_validator_free(v);
            return TC_E_IO;
        }
        v->schema_opt = path;
        v->o.schema = path;
        schema *s = schema_get(v, path, d, 1);
        tc_status st = !s ? TC_E_NOMEM : s->failed;
        if (st != TC_OK) {
            tc_validator_free(v);
            return st;
        }
    }
    *out = v;
    return TC_OK;
}

/* The href of an <?xml-model?> PI naming a RELAX NG or XSD schema. */
static char *xml_model_href(xmlDocPtr doc)
{
    for (xmlNodePtr n = doc->children; n; n = n->next) {
        if (n->type != XML_PI_NODE ||
            strcmp((const char *)n->name, "xml-model") != 0 || !n->content)
            continue;
        const char *c = (const char *)n->content;
        char *href = NULL, *typens = NULL;
        /* pseudo-attributes: name="value" or name='value' */
        const char *p = c;
        while (*p) {
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
                p++;
            const char *name = p;
            while (*p && *p != '=' && *p != ' ')
                p++;
            size_t nlen = (size_t)(p - name);
            while (*p == ' ')
                p++;
            if (*p != '=')
                break;
            p++;
            while (*p == ' ')
                p++;
            char q = *p;
            if (q != '"' && q != '\'')
                break;
            const char *val = ++p;
            while (*p && *p != q)
                p++;
            char *value = tc_strndup(val, (size_t)(p - val));
            if (*p)
                p++;
            if (nlen == 4 && strncmp(name, "href", 4) == 0) {
                free(href);
                href = value;
            } else if (nlen == 12 && strncmp(name, "schematypens", 12) == 0) {
                free(typens);
                typens = value;
            } else {
                free(value);
            }
        }
        int wanted;
        if (typens)
            wanted = strcmp(typens, RNG_NS) == 0 || strcmp(typens, XSD_NS) == 0;
        else {
            size_t hl = href ? strlen(href) : 0;
            wanted = hl > 4 && (strcmp(href + hl - 4, ".rng") == 0 ||
                                strcmp(href + hl - 4, ".xsd") == 0 ||
                                strcmp(href + hl - 4, ".rnc") == 0);
        }
        free(typens);
        if (wanted && href)
            return href;
        free(href);
    }
    return NULL;
}

/* Put every no-namespace element into the EAD 2002 namespace: such files
 * are meant as EAD 2002 but cannot match the namespaced XSD as they are. */
static size_t put_in_ead_ns(xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNsPtr ns = xmlNewNs(root, BAD_CAST EAD_NS, NULL);
    if (!ns)
        return 0;
    size_t moved = 0;
    xmlNodePtr n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && !n->ns) {
            n->ns = ns;
            moved++;
        }
        if (n->type == XML_ELEMENT_NODE && n->children) {
            n = n->children;
            continue;
        }
        n = tc_node_after(n, root);
    }
    return moved;
}

/* Which schema file applies to doc: the option, the document's own
 * xml-model, or the official one for its type. NULL with a diagnostic.
 * *confine is set when the file came from the document itself (its
 * xml-model, not through a catalog): it must then lie in the document's
 * folder tree (checked under the caller's read scope), and so must what
 * it includes. */
/* One of teiconv's own schemas, datadir/schemas/NAME. */
static char *own_schema(const tc_validator *v, const char *name,
                        const char *file, tc_diags *d)
{
    char *own = tc_asprintf("%s/schemas/%s", v->datadir, name);
    if (own && access(own, R_OK) == 0)
        return own;
    tc_diags_add(d, TC_SEV_ERROR, TC_V_NOSCHEMA, file, 0, 0, NULL,
                 "set TEICONV_DATADIR to the folder that holds schemas/",
                 "teiconv's own schema %s is missing", own ? own : name);
    free(own);
    return NULL;
}

static char *schema_path_for(tc_validator *v, xmlDocPtr doc, tc_doctype type,
                             const char *file, int *confine, tc_diags *d)
{
    *confine = 0;
    if (v->schema_opt)
        return tc_strdup(v->schema_opt);
    /* there is no official RELAX NG of oai_dc (and the reference schemas
     * hold no oai_dc.xsd): DC records always get ours */
    if (type == TC_DOC_DC)
        return own_schema(v, "oai_dc.rng", file, d);
    if (v->o.own && type != TC_DOC_UNKNOWN) {
        if (type != TC_DOC_TEI)
            return resolve_schema(tc_doctype_schema_url(type), NULL, NULL);
        return own_schema(v, "teiconv-tei.rng", file, d);
    }
    char *href = xml_model_href(doc);
    if (href) {
        const char *base = doc->URL ? (const char *)doc->URL : file;
        size_t hl = strlen(href);
        int by_catalog = 0;
        char *path = (hl > 4 && strcmp(href + hl - 4, ".rnc") == 0)
                         ? NULL
                         : resolve_schema(href, base, &by_catalog);
        if (path && !by_catalog && !tc_read_allowed(path)) {
            free(path);
            path = NULL;
        }
        if (path) {
            *confine = !by_catalog;
            free(href);
            return path;
        }
        if (type != TC_DOC_UNKNOWN)
            tc_diags_add(
                d, TC_SEV_WARNING, TC_V_MODEL, file, 0, 0, NULL,
                hl > 4 && strcmp(href + hl - 4, ".rnc") == 0
                    ? "RELAX NG compact syntax is not read; give an XML-syntax "
                      "copy with --schema"
                    : provide_hint,
                "the schema named by <?xml-model?> (%s) is not available "
                "locally; validating against the official %s schema instead",
                href, tc_doctype_name(type));
        free(href);
    }
    if (type == TC_DOC_UNKNOWN) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        tc_diags_add(
            d, TC_SEV_ERROR, TC_V_DOCTYPE, file, root ? xmlGetLineNo(root) : 0,
            0, root ? "/" : NULL,
            "name the type with --as tei|ead|ead3|dc or the schema with "
            "--schema FILE",
            "not a TEI, EAD 2002, EAD3 or oai_dc document (root element "
            "<%s>%s%s)",
            root ? (const char *)root->name : "?",
            root && root->ns ? " in " : "",
            root && root->ns ? (const char *)root->ns->href : "");
        return NULL;
    }
    const char *url = tc_doctype_schema_url(type);
    char *path = resolve_schema(url, NULL, NULL);
    if (!path)
        tc_diags_add(d, TC_SEV_ERROR, TC_V_NOSCHEMA, file, 0, 0, NULL,
                     provide_hint,
                     "the official %s schema %s is not available locally",
                     tc_doctype_name(type), url);
    return path;
}

/* The time budget of one validation, seconds (0: none): process-wide, set
 * before the work starts (tc_set_validate_time_limit). */
static double time_limit = TC_DEFAULT_VALIDATE_SECONDS;

void tc_set_validate_time_limit(double seconds)
{
    time_limit = seconds > 0 ? seconds : 0;
}

int tc_validation_cut(const tc_diags *d)
{
    for (size_t i = 0; d && i < tc_diags_count(d); i++) {
        const char *code = tc_diags_at(d, i)->code;
        if (code &&
            (strcmp(code, TC_V_TIME) == 0 || strcmp(code, TC_V_STOPPED) == 0))
            return 1;
    }
    return 0;
}

/* The error of a validation cut short, and the input's status. */
static tc_status report_cut(const tc_deadline *dl, const char *file,
                            tc_diags *d)
{
    if (dl->cut == TC_CUT_STOP) {
        tc_diags_add(d, TC_SEV_ERROR, TC_V_STOPPED, file, 0, 0, NULL, NULL,
                     "validation stopped: the run was interrupted");
        return TC_E_INTERNAL;
    }
    tc_diags_add(d, TC_SEV_ERROR, TC_V_TIME, file, 0, 0, NULL,
                 "raise --max-validate-seconds (0 = none) if the input is "
                 "genuine and large",
                 "validation stopped after %g s (its time budget): the "
                 "document is not known to be valid",
                 time_limit);
    return TC_E_INPUT;
}

tc_status tc_validate_doc(tc_validator *v, xmlDocPtr doc, const char *file,
                          tc_diags *d)
{
    if (!v || !doc)
        return TC_E_USAGE;
    init_all();
    /* Everything the document makes us read (its XIncludes, the schema its
     * xml-model names and that schema's includes) must lie in its own
     * folder tree: see read_guard.h. */
    tc_read_scope scope;
    tc_read_scope_begin(&scope, doc->URL ? (const char *)doc->URL : file, NULL,
                        file, d);
    /* XInclude first, as jing does: fallbacks stand in for what cannot be
     * loaded, and no network is used. */
    xmlXIncludeCtxtPtr xc = xmlXIncludeNewContext(doc);
    if (xc) {
        xmlXIncludeSetFlags(xc, XML_PARSE_NONET | XML_PARSE_NOXINCNODE |
                                    XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
        xinc_errs xe = {d, file};
        tc_xml_errors q;
        tc_xml_errors_begin(&q, xinclude_error, &xe);
        xmlXIncludeProcessNode(xc, xmlDocGetRootElement(doc));
        tc_xml_errors_end(&q);
        xmlXIncludeFreeContext(xc);
    }
    tc_status sized = tc_node_sizes_check(doc, v->o.max_node, file, d);
    if (sized != TC_OK) {
        tc_read_scope_end(&scope);
        return sized;
    }
    tc_doctype type = v->o.as ? v->o.as : tc_doctype_detect(doc);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (type == TC_DOC_EAD && root && !root->ns) {
        size_t moved = put_in_ead_ns(doc);
        tc_diags_add(d, TC_SEV_NOTE, TC_V_NAMESPACED, file, xmlGetLineNo(root),
                     0, "/ead", "add xmlns=\"" EAD_NS "\" to the ead element",
                     "EAD without a namespace: validated after putting its %zu "
                     "elements into the EAD 2002 namespace",
                     moved);
    }
    int confine = 0;
    char *path = schema_path_for(v, doc, type, file, &confine, d);
    if (!confine)
        tc_read_scope_end(&scope);
    if (!path) /* no type: the input's fault; no schema file: the setup's */
        return type == TC_DOC_UNKNOWN ? TC_E_INPUT : TC_E_IO;

    const tc_rng_grammar *rng = NULL;
    xmlSchemaPtr xsd = NULL;
    tc_status st = TC_OK;
    pthread_mutex_lock(&v->lock);
    schema *s = schema_get(v, path, d, !confine);
    if (!s) {
        st = TC_E_NOMEM;
    } else if (s->failed != TC_OK) {
        st = s->failed;
        if (s->failure)
            tc_diags_add(d, TC_SEV_ERROR, TC_V_BADSCHEMA, file, 0, 0, NULL,
                         NULL, "schema %s unusable: %s", s->path, s->failure);
    } else if (s->xsd) {
        xsd = s->xsd;
    } else {
        rng = s->rng;
    }
    pthread_mutex_unlock(&v->lock);
    if (confine)
        tc_read_scope_end(&scope);
    free(path);

    /* the budget covers the checks of this document, not the loading of a
     * schema that a batch shares: the RELAX NG walk and the rule checks
     * look at it as they go; libxml2's XSD validation cannot be stopped,
     * it is only not started once the budget is spent */
    tc_deadline dl;
    tc_deadline_start(&dl, time_limit);

    if (st == TC_OK && rng) {
        tc_rng_report rep;
        tc_rng_report_init(&rep, d, file);
        long n = tc_rng_validate(rng, xmlDocGetRootElement(doc),
                                 tc_rng_report_error, &rep, &dl);
        tc_rng_report_finish(&rep);
        st = n < 0 ? TC_E_NOMEM : n > 0 ? TC_E_INVALID : TC_OK;
    } else if (st == TC_OK && tc_deadline_poll(&dl) == TC_CUT_NONE) {
        tc_verrs *e = tc_verrs_new(file, doc);
        int rc = -1;
        if (e && xsd) {
            xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(xsd);
            if (vc) {
                xmlSchemaSetValidStructuredErrors(vc, tc_verrs_handler, e);
                rc = xmlSchemaValidateDoc(vc, doc);
                xmlSchemaFreeValidCtxt(vc);
            }
        }
        if (rc > 0 && e && tc_verrs_count(e) == 0)
            tc_diags_add(d, TC_SEV_ERROR, TC_V_OTHER, file, 0, 0, NULL, NULL,
                         "the document does not match the schema");
        if (e)
            tc_verrs_finish(e, d);
        st = rc == 0 ? TC_OK : rc > 0 ? TC_E_INVALID : TC_E_INTERNAL;
    }
    if ((st == TC_OK || st == TC_E_INVALID) && !v->o.no_rules &&
        dl.cut == TC_CUT_NONE) {
        tc_status rs = tc_rules_check(doc, file, &dl, d);
        if (rs != TC_OK && st == TC_OK)
            st = rs;
    }
    if (dl.cut != TC_CUT_NONE && st != TC_E_NOMEM)
        st = report_cut(&dl, file, d);
    return st;
}

tc_status tc_xml_read(const char *bytes, size_t len, const char *file,
                      xmlDocPtr *out, tc_diags *d)
{
    init_all();
    return tc_xml_parse_safe(bytes, len, file, out, d);
}

/* The last step of an XPath: element name (prefix kept, position
 * dropped) and attribute name, if the path ends in one. */
static void last_step(const char *xpath, char *el, size_t elsz, char *attr,
                      size_t atsz)
{
    el[0] = attr[0] = '\0';
    const char *end = xpath + strlen(xpath);
    const char *slash = strrchr(xpath, '/');
    if (!slash)
        return;
    if (slash[1] == '@') {
        snprintf(attr, atsz, "%s", slash + 2);
        end = slash;
        while (slash > xpath && *--slash != '/')
            ;
        if (*slash != '/')
            return;
    }
    const char *name = slash + 1;
    size_t n = (size_t)(end - name);
    const char *br = memchr(name, '[', n);
    if (br)
        n = (size_t)(br - name);
    if (n >= elsz)
        n = elsz - 1;
    memcpy(el, name, n);
    el[n] = '\0';
}

static int name_end(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' ||
           c == '>';
}

/* 1-based character column of what the diagnostic names on its line. */
static long find_column(const char *line, size_t n, const char *xpath)
{
    char el[256], attr[256];
    last_step(xpath, el, sizeof el, attr, sizeof attr);
    size_t elen = strlen(el);
    if (!elen)
        return 0;
    const char *hit = NULL;
    for (size_t i = 0; i + elen + 1 < n && !hit; i++)
        if (line[i] == '<' && memcmp(line + i + 1, el, elen) == 0 &&
            name_end(line[i + 1 + elen]))
            hit = line + i;
    if (!hit)
        return 0;
    size_t alen = strlen(attr);
    if (alen) {
        const char *stop = line + n;
        for (const char *p = hit + 1 + elen; p + alen < stop && *p != '>';
             p++) {
            if ((p[-1] == ' ' || p[-1] == '\t') && memcmp(p, attr, alen) == 0 &&
                (p[alen] == '=' || p[alen] == ' ')) {
                hit = p;
                break;
            }
        }
    }
    long col = 1;
    for (const char *p = line; p < hit; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            col++;
    return col;
}

void tc_validate_locate(tc_diags *dst, tc_diags *src, const char *bytes,
                        size_t len)
{
    size_t *starts = NULL, nlines = 0;
    for (size_t i = 0; i < tc_diags_count(src); i++) {
        const tc_diag *dg = tc_diags_at(src, i);
        long col = dg->col;
        if (col <= 0 && dg->line > 0 && dg->xpath && bytes) {
            if (!starts) {
                size_t cap = 1;
                for (size_t k = 0; k < len; k++)
                    cap += bytes[k] == '\n';
                starts = malloc((cap + 1) * sizeof(*starts));
                if (starts) {
                    starts[nlines++] = 0;
                    for (size_t k = 0; k < len; k++)
                        if (bytes[k] == '\n')
                            starts[nlines++] = k + 1;
                    starts[nlines] = len;
                }
            }
            if (starts && (size_t)dg->line <= nlines) {
                size_t a = starts[dg->line - 1], b = starts[dg->line];
                col = find_column(bytes + a, b - a, dg->xpath);
            }
        }
        tc_diags_add(dst, dg->severity, dg->code, dg->file, dg->line, col,
                     dg->xpath, dg->hint, "%s", dg->message);
    }
    free(starts);
    tc_diags_clear(src);
}

tc_status tc_validate_bytes(tc_validator *v, const char *bytes, size_t len,
                            const char *file, tc_diags *d)
{
    xmlDocPtr doc = NULL;
    tc_status st = tc_xml_read(bytes, len, file, &doc, d);
    if (st != TC_OK)
        return st;
    tc_diags *tmp = tc_diags_new();
    st = tc_validate_doc(v, doc, file, tmp ? tmp : d);
    if (tmp) {
        tc_validate_locate(d, tmp, bytes, len);
        tc_diags_free(tmp);
    }
    xmlFreeDoc(doc);
    return st;
}

tc_status tc_validate_file(tc_validator *v, const char *path, tc_diags *d)
{
    char *bytes = NULL;
    size_t len = 0;
    tc_status st = tc_file_read(path, &bytes, &len, d);
    if (st != TC_OK)
        return st;
    st = tc_validate_bytes(v, bytes, len, path, d);
    free(bytes);
    return st;
}
