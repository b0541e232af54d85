/* validate_tei_rules.c: a few of TEI's own constraint rules (the Schematron
 * that tei_all embeds and RELAX NG validators such as jing ignore), checked
 * in C on a TEI tree: warnings TC420-TC426. Owns nothing past the call. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "base/util.h"
#include "validate/validate.h"
#include "xml/xml_walk.h"

#define TC_T_DATABLE   "TC420" /* att.datable: attributes that exclude others */
#define TC_T_POINTER   "TC421" /* a "#id" pointer to no xml:id */
#define TC_T_EXCLUSIVE "TC422" /* @target with @cRef (ptr, ref) or @from */
#define TC_T_SUBTYPE   "TC423" /* @subtype without @type */
#define TC_T_NESTING   "TC424" /* p or div inside p or ab */
#define TC_T_SPAN      "TC425" /* *Span without @spanTo, or pointing back */
#define TC_T_CALENDAR  "TC426" /* @calendar on an element without text */

#define TEI_NS "http://www.tei-c.org/ns/1.0"
#define XML_NS "http://www.w3.org/XML/1998/namespace"

typedef struct tctx {
    const char *file;
    tc_diags *d;
    xmlHashTablePtr ids; /* xml:id -> element (borrowed from the tree) */
} tctx;

static void warn(tctx *c, const char *code, xmlNodePtr n, const char *attr,
                 const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void warn(tctx *c, const char *code, xmlNodePtr n, const char *attr,
                 const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = tc_vasprintf(fmt, ap);
    va_end(ap);
    tc_diag_at_node(c->d, TC_SEV_WARNING, code, c->file, n, attr, hint, msg);
    free(msg);
}

static int is_tei(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           strcmp((const char *)n->ns->href, TEI_NS) == 0 &&
           (!name || strcmp((const char *)n->name, name) == 0);
}

static int has(xmlNodePtr n, const char *attr)
{
    return xmlHasNsProp(n, BAD_CAST attr, NULL) != NULL;
}

static void collect_ids(tctx *c, xmlNodePtr root)
{
    for (xmlNodePtr n = root; n;) {
        if (n->type == XML_ELEMENT_NODE) {
            xmlChar *id = xmlGetNsProp(n, BAD_CAST "id", BAD_CAST XML_NS);
            if (id)
                xmlHashAddEntry(c->ids, id, n); /* the first one stays */
            xmlFree(id);
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        n = tc_node_after(n, root);
    }
}

/* att.datable.w3c: @when is a point, the others bound a span. */
static void check_datable(tctx *c, xmlNodePtr n)
{
    static const char *const with_when[] = {"from", "to", "notBefore",
                                            "notAfter"};
    if (has(n, "when"))
        for (size_t i = 0; i < sizeof with_when / sizeof with_when[0]; i++)
            if (has(n, with_when[i]))
                warn(c, TC_T_DATABLE, n, with_when[i],
                     "keep @when for a known date, or give the range alone",
                     "<%s> has both @when and @%s: TEI allows @when only "
                     "alone among the W3C date attributes",
                     (const char *)n->name, with_when[i]);
    if (has(n, "from") && has(n, "notBefore"))
        warn(c, TC_T_DATABLE, n, "notBefore",
             "@from is a known start, @notBefore a limit: give one",
             "<%s> has both @from and @notBefore", (const char *)n->name);
    if (has(n, "to") && has(n, "notAfter"))
        warn(c, TC_T_DATABLE, n, "notAfter",
             "@to is a known end, @notAfter a limit: give one",
             "<%s> has both @to and @notAfter", (const char *)n->name);
}

/* Each "#id" token of a pointing attribute names an xml:id here. */
static void check_pointers(tctx *c, xmlNodePtr n)
{
    static const char *const attrs[] = {"target", "spanTo", "corresp", "who",
                                        "ref",    "sameAs", "prev",    "next"};
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++) {
        xmlChar *v = xmlGetNoNsProp(n, BAD_CAST attrs[i]);
        if (!v)
            continue;
        const char *p = (const char *)v;
        while (*p) {
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
                p++;
            const char *end = p;
            while (*end && *end != ' ' && *end != '\t' && *end != '\n' &&
                   *end != '\r')
                end++;
            if (*p == '#' && end > p + 1) {
                char *id = tc_strndup(p + 1, (size_t)(end - p - 1));
                if (id && !xmlHashLookup(c->ids, BAD_CAST id))
                    warn(c, TC_T_POINTER, n, attrs[i],
                         "correct the pointer, or give the element meant "
                         "this xml:id",
                         "@%s points to \"#%s\", but no element here has "
                         "xml:id=\"%s\"",
                         attrs[i], id, id);
                free(id);
            }
            p = end;
        }
        xmlFree(v);
    }
}

static void check_exclusive(tctx *c, xmlNodePtr n)
{
    if ((is_tei(n, "ptr") || is_tei(n, "ref")) && has(n, "target") &&
        has(n, "cRef"))
        warn(c, TC_T_EXCLUSIVE, n, "cRef",
             "point with @target (a URI) or @cRef (a canonical reference), "
             "not both",
             "<%s> has both @target and @cRef", (const char *)n->name);
    if (is_tei(n, "span") && has(n, "target") && has(n, "from"))
        warn(c, TC_T_EXCLUSIVE, n, "from",
             "say what the span covers with @target, or with @from and @to",
             "<span> has both @target and @from");
}

static void check_subtype(tctx *c, xmlNodePtr n)
{
    if (has(n, "subtype") && !has(n, "type"))
        warn(c, TC_T_SUBTYPE, n, "subtype",
             "add the general @type the @subtype refines",
             "<%s> has @subtype but no @type", (const char *)n->name);
}

/* The abstract model: no paragraph or division inside a paragraph or ab,
 * except through the elements that open a new level (a note, a quotation,
 * a list item, a floating text ...). */
static void check_nesting(tctx *c, xmlNodePtr n)
{
    int p = is_tei(n, "p"), div = is_tei(n, "div");
    if (!p && !div)
        return;
    static const char *const opens[] = {"exemplum", "item",    "note",  "q",
                                        "quote",    "remarks", "said",  "sp",
                                        "stage",    "cell",    "figure"};
    if (p && n->parent && n->parent->type == XML_ELEMENT_NODE)
        for (size_t i = 0; i < sizeof opens / sizeof opens[0]; i++)
            if (is_tei(n->parent, opens[i]))
                return;
    for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE;
         a = a->parent) {
        if (is_tei(a, "floatingText"))
            return;
        if (is_tei(a, "p") || is_tei(a, "ab")) {
            warn(c, TC_T_NESTING, n, NULL,
                 p ? "end the outer paragraph first, or wrap the inner one "
                     "in a <note> or <quote>"
                   : "close the paragraph before the division, or use "
                     "<floatingText> for an embedded text",
                 "<%s> inside <%s>: TEI's abstract model does not allow %s "
                 "within a paragraph",
                 p ? "p" : "div", (const char *)a->name,
                 p ? "a paragraph" : "a division");
            return;
        }
    }
}

static void check_span(tctx *c, xmlNodePtr n)
{
    int span =
        is_tei(n, "addSpan") || is_tei(n, "delSpan") || is_tei(n, "damageSpan");
    if (span && !has(n, "spanTo")) {
        warn(c, TC_T_SPAN, n, NULL,
             "add @spanTo=\"#id\" naming the <anchor> where it ends",
             "<%s> has no @spanTo: where it ends is unknown",
             (const char *)n->name);
        return;
    }
    xmlChar *to = xmlGetNoNsProp(n, BAD_CAST "spanTo");
    if (to && to[0] == '#') {
        xmlNodePtr end = xmlHashLookup(c->ids, to + 1);
        /* a missing target is TC421's; one that comes first is this */
        if (end && xmlXPathCmpNodes(n, end) != 1)
            warn(c, TC_T_SPAN, n, "spanTo",
                 "put the end point (the element with that xml:id) after "
                 "this one",
                 "@spanTo=\"%s\" names an element that does not follow "
                 "<%s>",
                 (const char *)to, (const char *)n->name);
    }
    xmlFree(to);
}

static void check_calendar(tctx *c, xmlNodePtr n)
{
    if (!has(n, "calendar"))
        return;
    xmlChar *t = xmlNodeGetContent(n);
    int empty = 1;
    for (const xmlChar *p = t; p && *p && empty; p++)
        empty = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
    xmlFree(t);
    if (empty)
        warn(c, TC_T_CALENDAR, n, "calendar",
             "write the date as given in the text, or drop @calendar",
             "<%s> has @calendar but no text: @calendar says which calendar "
             "the written date follows",
             (const char *)n->name);
}

void tc_tei_constraints(xmlDocPtr doc, const char *file, tc_deadline *dl,
                        tc_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return;
    tctx c = {file, d, xmlHashCreate(256)};
    if (!c.ids)
        return;
    collect_ids(&c, root);
    for (xmlNodePtr n = root; n;) {
        if (n->type == XML_ELEMENT_NODE) {
            if (tc_deadline_step(dl))
                break;
            if (is_tei(n, NULL)) {
                check_datable(&c, n);
                check_pointers(&c, n);
                check_exclusive(&c, n);
                check_subtype(&c, n);
                check_nesting(&c, n);
                check_span(&c, n);
                check_calendar(&c, n);
            }
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        n = tc_node_after(n, root);
    }
    xmlHashFree(c.ids, NULL);
}
