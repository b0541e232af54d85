/* fit_copy.c: the fast path of the fit pass of xsl/ead/ead-fit.xsl.
 * tc:fit-clean(k) is true when the context element, standing at table key k
 * ("PARENT/NAME"), and everything under it already fit the target: the pass
 * (templates fit-element, fit-attribute, fit-children) would change nothing
 * in it but drop whitespace-only text where its row allows no text, and
 * comments and processing instructions. <tc:fit-copy k="..."/> then writes
 * that copy in C. For anything else tc:fit-clean is false and the templates
 * do the work and report it, so the answers stay theirs; the test
 * tests/migrate/fit_fast.sh compares both paths byte for byte
 * (TEICONV_FIT_IN_XSLT=1 turns this path off).
 * Owner: EAD migration speed (issue 16). Stateless: it reads the fit table
 * index of fit_table.c, read-only, so worker threads share it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/namespaces.h>
#include <libxslt/templates.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltutils.h>

#include "xslt/fit_copy.h"
#include "xslt/fit_table.h"
#include "xslt/wrap.h"

/* Deeper subtrees are left to the templates (and the C stack small). */
#define FIT_MAX_DEPTH 200
/* A key is PARENT/NAME: two names. */
#define FIT_KEY_MAX 256

static int fast_path_off;

/* 1 when n is a tc:a of the table (rows and sets hold nothing else). */
static int is_spec(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && n->name[0] == 'a' && !n->name[1];
}

/* The value of attribute name of a table element, without a copy (the
 * table is read-only until exit); NULL when it has none (or n is NULL). */
static const xmlChar *table_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
        if (!a->ns && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->type == XML_TEXT_NODE
                       ? a->children->content
                       : (const xmlChar *)"";
    return NULL;
}

/* 1 when list (" a b c ", a table's @c or @v) holds the word w. */
static int list_has(const xmlChar *list, const xmlChar *w)
{
    size_t n = (size_t)xmlStrlen(w);
    if (!list || n == 0)
        return 0;
    for (const xmlChar *p = list; (p = xmlStrstr(p, w)) != NULL; p++)
        if (p > list && p[-1] == ' ' && p[n] == ' ')
            return 1;
    return 0;
}

static int is_blank(const xmlChar *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

/* 1 when s is its own normalize-space() and not empty. */
static int is_normal(const xmlChar *s)
{
    if (!s || !*s || *s == ' ')
        return 0;
    for (; *s; s++)
        if (*s == '\t' || *s == '\n' || *s == '\r' ||
            (*s == ' ' && (s[1] == ' ' || s[1] == '\0')))
            return 0;
    return 1;
}

static int name_char(xmlChar c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

/* 1 when each space-separated token of v (normal) is what template ncname
 * leaves unchanged: name characters only, not starting with a digit, '.'
 * or '-'. */
static int ncnames_unchanged(const xmlChar *v)
{
    int first = 1;
    for (; *v; v++) {
        if (*v == ' ') {
            first = 1;
            continue;
        }
        if (!name_char(*v) ||
            (first && ((*v >= '0' && *v <= '9') || *v == '.' || *v == '-')))
            return 0;
        first = 0;
    }
    return 1;
}

/* The name of attribute a as the table writes it (template fit-attr-name)
 * into buf; 0 when it does not fit. */
static int attr_key(const xmlAttr *a, char *buf, size_t size)
{
    const char *ns = a->ns ? (const char *)a->ns->href : "";
    const char *local = (const char *)a->name;
    int n;
    if (!*ns)
        n = snprintf(buf, size, "%s", local);
    else if (strcmp(ns, "http://www.w3.org/1999/xlink") == 0)
        n = snprintf(buf, size, "xlink:%s", local);
    else if (strcmp(ns, "http://www.w3.org/XML/1998/namespace") == 0)
        n = snprintf(buf, size, "xml:%s", local);
    else
        n = snprintf(buf, size, "{%s}%s", ns, local);
    return n >= 0 && (size_t)n < size;
}

/* The one tc:a of the row's own and its set's (set) whose @n is name;
 * NULL when none or more than one (the templates then decide). */
static xmlNodePtr attr_spec(xmlNodePtr row, xmlNodePtr set, const char *name)
{
    xmlNodePtr hit = NULL;
    for (int i = 0; i < 2; i++)
        for (xmlNodePtr c = i ? (set ? set->children : NULL) : row->children; c;
             c = c->next) {
            if (!is_spec(c))
                continue;
            const xmlChar *n = table_attr(c, "n");
            int same = n && strcmp((const char *)n, name) == 0;
            if (same && hit)
                return NULL;
            if (same)
                hit = c;
        }
    return hit;
}

/* 1 when template fit-attribute copies a unchanged, given its spec. */
static int attr_kept(const xmlAttr *a, xmlNodePtr spec)
{
    xmlChar *got = xmlNodeListGetString(a->doc, a->children, 1);
    const xmlChar *raw = got ? got : (const xmlChar *)"";
    const xmlChar *v = table_attr(spec, "v");
    const xmlChar *d = table_attr(spec, "d");
    const char *dt = d ? (const char *)d : "";
    int ok;
    if (v) /* an enumeration: written normalised, so it must be */
        ok = is_normal(raw) && list_has(v, raw);
    else if (!strcmp(dt, "ID") || !strcmp(dt, "IDREF") || !strcmp(dt, "IDREFS"))
        ok = is_normal(raw) && ncnames_unchanged(raw) &&
             (!strcmp(dt, "IDREFS") || !xmlStrchr(raw, ' '));
    else if (!strcmp(dt, "NMTOKEN") || !strcmp(dt, "NMTOKENS")) {
        ok = is_normal(raw);
        for (const xmlChar *p = raw; ok && *p; p++)
            ok = name_char(*p) || *p == ':' ||
                 (*p == ' ' && !strcmp(dt, "NMTOKENS"));
    } else if (!strcmp(dt, "anyURI"))
        ok = !xmlStrchr(raw, ' ');
    else
        ok = strcmp(dt, "ENTITY") != 0;
    xmlFree(got);
    return ok;
}

/* 1 when n carries every attribute of fixed value (@f) its specs name. */
static int fixed_present(xmlNodePtr n, xmlNodePtr row, xmlNodePtr set)
{
    for (int i = 0; i < 2; i++)
        for (xmlNodePtr c = i ? (set ? set->children : NULL) : row->children; c;
             c = c->next) {
            if (!is_spec(c) || !table_attr(c, "f"))
                continue;
            const xmlChar *want = table_attr(c, "n");
            int found = 0;
            for (xmlAttrPtr a = n->properties; want && a && !found;
                 a = a->next) {
                char q[FIT_KEY_MAX];
                int len =
                    a->ns && a->ns->prefix
                        ? snprintf(q, sizeof q, "%s:%s", a->ns->prefix, a->name)
                        : snprintf(q, sizeof q, "%s", a->name);
                found = len > 0 && (size_t)len < sizeof q &&
                        strcmp(q, (const char *)want) == 0;
            }
            if (!found)
                return 0;
        }
    return 1;
}

typedef struct fit_walk {
    xsltStylesheetPtr style;
    xmlChar *fit_ns; /* owned: walk_done frees it */
} fit_walk;

static xmlNodePtr row_of(const fit_walk *w, const xmlChar *parent,
                         const xmlChar *name)
{
    char k[FIT_KEY_MAX];
    int n = snprintf(k, sizeof k, "%s/%s", parent ? (const char *)parent : "",
                     (const char *)name);
    if (n < 0 || (size_t)n >= sizeof k)
        return NULL;
    return tc_fit_lookup(w->style, (const xmlChar *)k, 1);
}

static int row_text(xmlNodePtr row)
{
    const xmlChar *t = table_attr(row, "t");
    return t && strcmp((const char *)t, "1") == 0;
}

/* 1 when element n at row fits whole (see the header). */
static int clean(const fit_walk *w, xmlNodePtr n, xmlNodePtr row, int depth)
{
    if (!row || depth > FIT_MAX_DEPTH)
        return 0;
    const xmlChar *aset = table_attr(row, "a");
    xmlNodePtr set = aset ? tc_fit_lookup(w->style, aset, 0) : NULL;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        char name[FIT_KEY_MAX];
        xmlNodePtr spec =
            attr_key(a, name, sizeof name) ? attr_spec(row, set, name) : NULL;
        if (!spec || !attr_kept(a, spec))
            return 0;
    }
    if (!fixed_present(n, row, set))
        return 0;
    int text_ok = row_text(row), must_hold = table_attr(row, "r") != NULL;
    const xmlChar *allowed = table_attr(row, "c");
    int ok = 1, held = 0;
    for (xmlNodePtr c = n->children; ok && c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            ok = text_ok || is_blank(c->content);
        else if (c->type == XML_ELEMENT_NODE) {
            ok = c->ns && xmlStrEqual(c->ns->href, w->fit_ns) &&
                 list_has(allowed, c->name) &&
                 clean(w, c, row_of(w, n->name, c->name), depth + 1);
            held |= !xmlStrEqual(c->name, (const xmlChar *)"head");
        } else
            ok = c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE;
    }
    return ok && (!must_hold || held);
}

/* Write the copy of clean element n (row row) as the last child of into,
 * as xsl:copy would. */
static void copy_clean(xsltTransformContextPtr ctxt, const fit_walk *w,
                       xmlNodePtr n, xmlNodePtr row, xmlNodePtr into)
{
    xmlNodePtr out = xmlNewDocNode(into->doc, NULL, n->name, NULL);
    if (!out || !xmlAddChild(into, out)) {
        xmlFreeNode(out);
        xsltTransformError(ctxt, NULL, n, "tc:fit-copy: out of memory\n");
        ctxt->state = XSLT_STATE_STOPPED;
        return;
    }
    if (n->nsDef)
        xsltCopyNamespaceList(ctxt, out, n->nsDef);
    if (n->ns)
        out->ns =
            xsltGetSpecialNamespace(ctxt, n, n->ns->href, n->ns->prefix, out);
    else if (into->type == XML_ELEMENT_NODE && into->ns)
        xsltGetSpecialNamespace(ctxt, n, NULL, NULL, out);
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        xmlNsPtr ns = a->ns ? xsltGetSpecialNamespace(ctxt, n, a->ns->href,
                                                      a->ns->prefix, out)
                            : NULL;
        xmlChar *v = xmlNodeListGetString(a->doc, a->children, 1);
        xmlNewNsProp(out, ns, a->name, v ? v : (const xmlChar *)"");
        xmlFree(v);
    }
    int text_ok = row_text(row);
    for (xmlNodePtr c = n->children; c && ctxt->state == XSLT_STATE_OK;
         c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
            text_ok)
            xsltCopyTextString(ctxt, out, c->content, 0);
        else if (c->type == XML_ELEMENT_NODE)
            copy_clean(ctxt, w, c, row_of(w, n->name, c->name), out);
    }
}

/* The walk's settings: the stylesheet's table and $fit-ns; 0 when it has
 * none (walk_done frees what it holds either way). */
static int walk_of(xsltTransformContextPtr ctxt, fit_walk *w)
{
    w->style = ctxt ? ctxt->style : NULL;
    w->fit_ns = NULL;
    if (!tc_fit_ready(ctxt))
        return 0;
    xmlXPathObjectPtr ns =
        ctxt ? xsltVariableLookup(ctxt, (const xmlChar *)"fit-ns", NULL) : NULL;
    if (ns && ns->type == XPATH_STRING)
        w->fit_ns = xmlStrdup(ns->stringval);
    xmlXPathFreeObject(ns);
    return w->style && w->fit_ns;
}

static void walk_done(fit_walk *w)
{
    xmlFree(w->fit_ns);
    w->fit_ns = NULL;
}

/* tc:fit-clean(k): see the header. */
static void fit_clean(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
        return;
    }
    xmlChar *k = xmlXPathPopString(ctxt);
    if (!k) {
        xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    xsltTransformContextPtr tctxt = xsltXPathGetTransformContext(ctxt);
    xmlNodePtr n = ctxt->context->node;
    fit_walk w = {NULL, NULL};
    int yes = !fast_path_off && n && n->type == XML_ELEMENT_NODE &&
              walk_of(tctxt, &w) &&
              clean(&w, n, tc_fit_lookup(w.style, k, 1), 0);
    walk_done(&w);
    xmlFree(k);
    valuePush(ctxt, xmlXPathNewBoolean(yes));
}

/* <tc:fit-copy k="{KEY}"/>: writes the current node, which tc:fit-clean(KEY)
 * found clean. */
static void fit_copy(xsltTransformContextPtr ctxt, xmlNodePtr node,
                     xmlNodePtr inst, xsltElemPreCompPtr comp)
{
    (void)comp;
    fit_walk w = {NULL, NULL};
    if (!ctxt || !node || node->type != XML_ELEMENT_NODE || !ctxt->insert ||
        !walk_of(ctxt, &w)) {
        walk_done(&w);
        return;
    }
    xmlChar *k =
        xsltEvalAttrValueTemplate(ctxt, inst, (const xmlChar *)"k", NULL);
    xmlNodePtr row = k ? tc_fit_lookup(w.style, k, 1) : NULL;
    xmlFree(k);
    if (row)
        copy_clean(ctxt, &w, node, row, ctxt->insert);
    walk_done(&w);
}

static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_both(void)
{
    const char *off = getenv("TEICONV_FIT_IN_XSLT");
    fast_path_off = off && *off && strcmp(off, "0") != 0;
    xsltRegisterExtModuleFunction((const xmlChar *)"fit-clean",
                                  (const xmlChar *)TC_XSLT_NS, fit_clean);
    xsltRegisterExtModuleElement((const xmlChar *)"fit-copy",
                                 (const xmlChar *)TC_XSLT_NS, NULL, fit_copy);
}

void tc_fit_copy_register(void)
{
    pthread_once(&register_once, register_both);
}
