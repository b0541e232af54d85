/* node_size.c: error TC059, one node of an input longer than
 * --max-node-size (a walk of the tree) or than libxml2's own ceiling (its
 * parser errors, said in the same words). */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "xml/node_path.h"
#include "xml/node_size.h"
#include "xml/xml_walk.h"

#define NODE_SIZE_HINT                                                         \
    "if the input is genuine, raise the limit with --max-node-size (0 = "      \
    "none); libxml2 itself refuses most nodes of an XML file past 10000000 "   \
    "bytes"

static int is_text(const xmlNode *n)
{
    return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}

static size_t content_len(const xmlNode *n)
{
    return n->content ? strlen((const char *)n->content) : 0;
}

/* The bytes of an attribute's value: its text children (an entity
 * reference left in place, as validate leaves them, counts nothing). */
static size_t value_len(const xmlAttr *a)
{
    size_t len = 0;
    for (const xmlNode *c = a->children; c; c = c->next)
        if (c->type == XML_TEXT_NODE)
            len += content_len(c);
    return len;
}

static const char *kind_of(const xmlNode *n)
{
    switch (n->type) {
    case XML_ATTRIBUTE_NODE:
        return "attribute value";
    case XML_COMMENT_NODE:
        return "comment";
    case XML_PI_NODE:
        return "processing instruction";
    default:
        return "text node";
    }
}

/* The last step of n's XPath, n not an attribute. */
static const char *step_of(const xmlNode *n)
{
    return n->type == XML_COMMENT_NODE ? "comment()"
           : n->type == XML_PI_NODE    ? "processing-instruction()"
                                       : "text()";
}

/* Where n is, as the validation messages say it: its element's XPath and
 * the step to n (/@xml:id, /text(), /comment()...). Caller frees. */
static char *where(const xmlNode *n)
{
    xmlNodePtr el = n->parent;
    if (!el || el->type != XML_ELEMENT_NODE) /* a comment or PI at the top */
        return tc_asprintf("/%s", step_of(n));
    char *at = tc_node_xpath(el);
    if (!at)
        return NULL;
    const char *prefix =
        n->ns && n->ns->prefix ? (const char *)n->ns->prefix : NULL;
    char *xp = n->type != XML_ATTRIBUTE_NODE
                   ? tc_asprintf("%s/%s", at, step_of(n))
                   : tc_asprintf("%s/@%s%s%s", at, prefix ? prefix : "",
                                 prefix ? ":" : "", (const char *)n->name);
    free(at);
    return xp;
}

static tc_status too_long(const xmlNode *n, size_t len, size_t max,
                          const char *file, tc_diags *d)
{
    char *xpath = where(n);
    if (!xpath)
        return TC_E_NOMEM;
    tc_diags_add(d, TC_SEV_ERROR, "TC059", file,
                 (int)xmlGetLineNo((xmlNodePtr)n), 0, xpath, NODE_SIZE_HINT,
                 "%s of %zu bytes, more than --max-node-size (%zu): input "
                 "refused",
                 kind_of(n), len, max);
    free(xpath);
    return TC_E_INPUT;
}

tc_status tc_node_sizes_check(xmlDocPtr doc, size_t max, const char *file,
                              tc_diags *d)
{
    xmlNodePtr top = (xmlNodePtr)doc;
    xmlNodePtr n = doc && max ? doc->children : NULL;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                size_t len = value_len(a);
                if (len > max)
                    return too_long((xmlNodePtr)a, len, max, file, d);
            }
            if (n->children) {
                n = n->children;
                continue;
            }
        } else if (is_text(n)) {
            xmlNodePtr first = n;
            size_t len = content_len(n);
            while (is_text(n->next)) {
                n = n->next;
                len += content_len(n);
            }
            if (len > max)
                return too_long(first, len, max, file, d);
        } else if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
            size_t len = content_len(n);
            if (len > max)
                return too_long(n, len, max, file, d);
        }
        /* entity references and the DTD are not entered: their text is
         * the declarations', bounded by libxml2 and TC058 */
        n = tc_node_after(n, top);
    }
    return TC_OK;
}

/* libxml2 2.9's messages for a node past XML_MAX_TEXT_LENGTH, and what
 * each one is about. */
static const struct {
    const char *says;
    const char *what;
} ceilings[] = {
    {"huge text node", "text node"},
    {"AttValue length too long", "attribute value"},
    {"Comment too big", "comment"},
    {"CData section too big", "CDATA section"},
    {" too big found", "processing instruction"}, /* "PI NAME too big found" */
};

int tc_node_ceiling_error(const char *msg, const char *file, int line,
                          tc_diags *d)
{
    for (size_t i = 0; i < sizeof ceilings / sizeof ceilings[0]; i++) {
        if (!strstr(msg, ceilings[i].says))
            continue;
        tc_diags_add(d, TC_SEV_ERROR, "TC059", file, line, 0, NULL,
                     "10000000 bytes is the most libxml2 reads in one node "
                     "of an XML file (XML_PARSE_HUGE stays off, since it "
                     "would lift the entity limits too): such a file is "
                     "broken or hostile, or its text must be split",
                     "%s of more than %u bytes, the most libxml2 reads "
                     "whatever --max-node-size says: input refused",
                     ceilings[i].what, TC_NODE_CEILING);
        return 1;
    }
    return 0;
}
