/* fit_table.c: tc:fit-row() and tc:fit-attrs(): the rows of the fit table
 * (the tc:allowed element of xsl/ead/ead3-allowed.xsl or ead2002-allowed.xsl,
 * which the stylesheets no longer include: the document the stylesheet's
 * $fit-table-file names is parsed once a process, on the first look-up of
 * any stylesheet, and kept read-only until exit) found by key, from an
 * index made on the first look-up of each compiled stylesheet. The index
 * (two hash tables pointing at nodes of that document) is owned by the
 * stylesheet's _private; each thread has its own compiled copy
 * (style_pool.c), so the index needs no lock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "xslt/fit_table.h"
#include "base/read_guard.h"
#include "xslt/xpath_result.h"
#include "xslt/wrap.h"

/* The index of one table: @k of each tc:e, @n of each tc:attrs. A table
 * in its own document is parsed and indexed on the first look-up (pending
 * until then, failed when that document then cannot be read): a run whose
 * stylesheets never look a row up (records to EAD3) does not pay for it. */
typedef struct fit_index {
    xmlNodePtr table;
    xmlHashTablePtr rows;
    xmlHashTablePtr attrs;
    int pending, failed;
} fit_index;

static int is_tc(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, (const xmlChar *)TC_XSLT_NS) &&
           xmlStrEqual(n->name, (const xmlChar *)name);
}

/* The tc:allowed element at the top level of doc, or NULL. */
static xmlNodePtr table_in_doc(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        if (is_tc(c, "allowed"))
            return c;
    return NULL;
}

/* The table of s: in its own module, the modules it includes, then its
 * imports (each with theirs), the first found. */
static xmlNodePtr table_in_style(xsltStylesheetPtr s)
{
    xmlNodePtr t = table_in_doc(s->doc);
    for (xsltDocumentPtr d = s->docList; !t && d; d = d->next)
        t = table_in_doc(d->doc);
    for (xsltStylesheetPtr i = s->imports; !t && i; i = i->next)
        t = table_in_style(i);
    return t;
}

/* Table documents named by a stylesheet's $fit-table-file, parsed once a
 * process (under the lock) and kept read-only until exit. */
#define MAX_TABLE_DOCS 4
static pthread_mutex_t docs_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    char *path;
    xmlDocPtr doc;
} table_docs[MAX_TABLE_DOCS];

static xmlDocPtr shared_table_doc(const char *path, int ours)
{
    xmlDocPtr d = NULL;
    pthread_mutex_lock(&docs_lock);
    int i = 0;
    for (; i < MAX_TABLE_DOCS && table_docs[i].path; i++)
        if (strcmp(table_docs[i].path, path) == 0)
            break;
    if (i < MAX_TABLE_DOCS && table_docs[i].path)
        d = table_docs[i].doc;
    else if (i < MAX_TABLE_DOCS) {
        /* the table of one of our stylesheets (ours), read on its first
         * look-up inside an input's scope: not confined to it */
        tc_read_scope *scope = ours ? tc_read_scope_suspend() : NULL;
        d = xmlReadFile(path, NULL, XML_PARSE_NONET);
        if (ours)
            tc_read_scope_resume(scope);
        table_docs[i].path = d ? strdup(path) : NULL;
        if (!table_docs[i].path) {
            xmlFreeDoc(d);
            d = NULL;
        } else
            table_docs[i].doc = d;
    }
    pthread_mutex_unlock(&docs_lock);
    return d;
}

/* The file $fit-table-file of s or its imports names ('NAME', quotes off),
 * with *base the URL of the module that sets it; NULL when none. */
static xmlChar *fit_file_of(xsltStylesheetPtr s, const xmlChar **base)
{
    for (; s; s = s->imports) {
        for (xsltStackElemPtr v = s->variables; v; v = v->next) {
            if (!xmlStrEqual(v->name, (const xmlChar *)"fit-table-file") ||
                !v->select)
                continue;
            int n = xmlStrlen(v->select);
            if (n >= 2 && v->select[0] == '\'' && v->select[n - 1] == '\'' &&
                v->comp && v->comp->inst && v->comp->inst->doc) {
                *base = v->comp->inst->doc->URL;
                return xmlStrndup(v->select + 1, n - 2);
            }
        }
    }
    return NULL;
}

/* The tc:allowed element of the document $fit-table-file names, or NULL;
 * ours: s is one of our stylesheets (read outside the input's scope). */
static xmlNodePtr table_outside(xsltStylesheetPtr s, int ours)
{
    const xmlChar *base = NULL;
    xmlChar *file = fit_file_of(s, &base);
    if (!file || !base) {
        xmlFree(file);
        return NULL;
    }
    xmlChar *path = xmlBuildURI(file, base);
    xmlFree(file);
    xmlDocPtr d = path ? shared_table_doc((const char *)path, ours) : NULL;
    xmlFree(path);
    return table_in_doc(d);
}

/* The first child of table named name (tc:e or tc:attrs) whose attribute
 * attr is value: the scan used when there is no index. */
static xmlNodePtr scan(xmlNodePtr table, const char *name, const char *attr,
                       const xmlChar *value)
{
    for (xmlNodePtr c = table ? table->children : NULL; c; c = c->next) {
        if (!is_tc(c, name))
            continue;
        xmlChar *v = xmlGetProp(c, (const xmlChar *)attr);
        int same = v && xmlStrEqual(v, value);
        xmlFree(v);
        if (same)
            return c;
    }
    return NULL;
}

/* Add each child of table named name to h under its attribute attr; the
 * first row of a key wins, as key(...)[1] would. 0 when out of memory. */
static int index_rows(xmlHashTablePtr h, xmlNodePtr table, const char *name,
                      const char *attr)
{
    for (xmlNodePtr c = table->children; c; c = c->next) {
        if (!is_tc(c, name))
            continue;
        xmlChar *v = xmlGetProp(c, (const xmlChar *)attr);
        if (!v)
            continue;
        int known = xmlHashLookup(h, v) != NULL;
        int rc = known ? 0 : xmlHashAddEntry(h, v, c);
        xmlFree(v);
        if (rc != 0)
            return 0;
    }
    return 1;
}

/* Free the hash tables of x (the functions then scan its table). */
static void drop_hashes(fit_index *x)
{
    xmlHashFree(x->rows, NULL);
    xmlHashFree(x->attrs, NULL);
    x->rows = x->attrs = NULL;
}

void tc_fit_index_free(xsltStylesheetPtr s)
{
    fit_index *x = s ? s->_private : NULL;
    if (!x)
        return;
    drop_hashes(x);
    free(x);
    s->_private = NULL;
}

void tc_stylesheet_free(xsltStylesheetPtr s)
{
    if (!s)
        return;
    tc_fit_index_free(s);
    xsltFreeStylesheet(s);
}

/* The table of s: in a module of it, or the document its $fit-table-file
 * names (NULL when none). */
static xmlNodePtr table_of(xsltStylesheetPtr s)
{
    xmlNodePtr t = table_in_style(s);
    return t ? t : table_outside(s, 0);
}

/* Index table t into x; 0 when out of memory (the functions then scan). */
static int index_table(fit_index *x, xmlNodePtr t)
{
    x->table = t;
    x->rows = xmlHashCreate(2048);
    x->attrs = xmlHashCreate(256);
    return x->rows && x->attrs && index_rows(x->rows, t, "e", "k") &&
           index_rows(x->attrs, t, "attrs", "n");
}

int tc_fit_index_attach(xsltStylesheetPtr s)
{
    if (!s || s->_private)
        return 1;
    xmlNodePtr t = table_in_style(s);
    const xmlChar *base = NULL;
    xmlChar *file = t ? NULL : fit_file_of(s, &base);
    if (!t && !file)
        return 1; /* no table */
    int readable = 1;
    if (file) {
        /* its own document: made on the first look-up; here only
         * whether it can be read */
        xmlChar *uri = base ? xmlBuildURI(file, base) : NULL;
        char *path = uri ? tc_local_file((const char *)uri) : NULL;
        readable = path && access(path, R_OK) == 0;
        free(path);
        xmlFree(uri);
        xmlFree(file);
        if (!readable)
            return 0; /* names a table that cannot be read */
    }
    fit_index *x = calloc(1, sizeof(*x));
    if (!x)
        return 1;
    s->_private = x;
    x->pending = t == NULL;
    if (t && !index_table(x, t))
        tc_fit_index_free(s); /* the functions scan instead */
    return 1;
}

/* The index of style, made now when pending; NULL when there is none (the
 * functions scan) or its document could not be read (failed). */
static fit_index *index_of(xsltStylesheetPtr style)
{
    fit_index *x = style ? style->_private : NULL;
    if (x && x->pending) {
        /* each thread has its own compiled copy (style_pool.c): no lock */
        x->pending = 0;
        xmlNodePtr t = table_outside(style, 1); /* attached: one of ours */
        x->failed = t == NULL;
        if (t && !index_table(x, t))
            drop_hashes(x);
    }
    return x;
}

int tc_fit_ready(xsltTransformContextPtr ctxt)
{
    const fit_index *x = ctxt ? index_of(ctxt->style) : NULL;
    if (!x || !x->failed)
        return 1;
    xsltTransformError(ctxt, NULL, NULL,
                       "the fit table of this stylesheet cannot be read");
    ctxt->state = XSLT_STATE_STOPPED;
    return 0;
}

xmlNodePtr tc_fit_lookup(xsltStylesheetPtr style, const xmlChar *key, int row)
{
    const fit_index *x = index_of(style);
    if (x && x->failed)
        return NULL;
    if (x && x->rows)
        return xmlHashLookup(row ? x->rows : x->attrs, key);
    if (style)
        return scan(table_of(style), row ? "e" : "attrs", row ? "k" : "n", key);
    return NULL;
}

/* tc:fit-row(k) and tc:fit-attrs(n): which says which. */
static void lookup(xmlXPathParserContextPtr ctxt, int nargs, int row)
{
    if (nargs != 1) {
        xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
        return;
    }
    xmlChar *key = xmlXPathPopString(ctxt);
    if (!tc_xpath_popped(ctxt, &key, 1))
        return;
    xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
    if (!tc_fit_ready(tctxt)) {
        xmlFree(key);
        xmlXPathErr(ctxt, XPATH_EXPR_ERROR);
        return;
    }
    xmlNodePtr hit = tc_fit_lookup(tctxt ? tctxt->style : NULL, key, row);
    xmlFree(key);
    tc_xpath_return(ctxt, xmlXPathNewNodeSet(hit));
}

static void fit_row(xmlXPathParserContextPtr ctxt, int nargs)
{
    lookup(ctxt, nargs, 1);
}

static void fit_attrs(xmlXPathParserContextPtr ctxt, int nargs)
{
    lookup(ctxt, nargs, 0);
}

static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_functions(void)
{
    xsltRegisterExtModuleFunction((const xmlChar *)"fit-row",
                                  (const xmlChar *)TC_XSLT_NS, fit_row);
    xsltRegisterExtModuleFunction((const xmlChar *)"fit-attrs",
                                  (const xmlChar *)TC_XSLT_NS, fit_attrs);
}

void tc_fit_register(void)
{
    pthread_once(&register_once, register_functions);
}
