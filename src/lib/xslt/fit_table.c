/* fit_table.c: tc:fit-row() and tc:fit-attrs(): the rows of the fit table
 * (the tc:allowed element of xsl/ead/ead3-allowed.xsl or ead2002-allowed.xsl)
 * found by key, from an index made once per compiled stylesheet. The index
 * (two hash tables pointing at nodes of the stylesheet's own documents) is
 * owned by the stylesheet's _private and read-only once made, so worker
 * threads share it. */
#include <pthread.h>
#include <stdlib.h>

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltutils.h>

#include "xslt/fit_table.h"
#include "xslt/xpath_result.h"
#include "xslt/wrap.h"

/* The index of one table: @k of each tc:e, @n of each tc:attrs. */
typedef struct fit_index {
    xmlNodePtr table;
    xmlHashTablePtr rows;
    xmlHashTablePtr attrs;
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

void tc_fit_index_free(xsltStylesheetPtr s)
{
    fit_index *x = s ? s->_private : NULL;
    if (!x)
        return;
    xmlHashFree(x->rows, NULL);
    xmlHashFree(x->attrs, NULL);
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

void tc_fit_index_attach(xsltStylesheetPtr s)
{
    if (!s || s->_private)
        return;
    xmlNodePtr t = table_in_style(s);
    if (!t)
        return;
    fit_index *x = calloc(1, sizeof(*x));
    if (!x)
        return;
    x->table = t;
    x->rows = xmlHashCreate(2048);
    x->attrs = xmlHashCreate(256);
    s->_private = x;
    if (!x->rows || !x->attrs || !index_rows(x->rows, t, "e", "k") ||
        !index_rows(x->attrs, t, "attrs", "n"))
        tc_fit_index_free(s); /* the functions scan instead */
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
    xsltStylesheetPtr style = tctxt ? tctxt->style : NULL;
    const fit_index *x = style ? style->_private : NULL;
    xmlNodePtr hit = NULL;
    if (x)
        hit = xmlHashLookup(row ? x->rows : x->attrs, key);
    else if (style)
        hit = scan(table_in_style(style), row ? "e" : "attrs", row ? "k" : "n",
                   key);
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
