/* node_path.c: the readable XPath of an element or of one of its
 * attributes, for diagnostics (validation, node sizes). */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "xml/node_path.h"

static int same_name(xmlNodePtr a, xmlNodePtr b)
{
    return a->type == XML_ELEMENT_NODE &&
           strcmp((const char *)a->name, (const char *)b->name) == 0 &&
           (a->ns ? (b->ns && strcmp((const char *)a->ns->href,
                                     (const char *)b->ns->href) == 0)
                  : !b->ns);
}

char *tc_node_xpath(xmlNodePtr node)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return NULL;
    /* collect the ancestors, root first */
    size_t depth = 0;
    for (xmlNodePtr n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        depth++;
    xmlNodePtr *chain = malloc(depth * sizeof(*chain));
    if (!chain)
        return NULL;
    size_t i = depth;
    for (xmlNodePtr n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        chain[--i] = n;
    tc_buf b = {0};
    for (i = 0; i < depth; i++) {
        xmlNodePtr n = chain[i];
        tc_buf_putc(&b, '/');
        if (n->ns && n->ns->prefix)
            tc_buf_printf(&b, "%s:", (const char *)n->ns->prefix);
        tc_buf_puts(&b, (const char *)n->name);
        size_t pos = 0, total = 0;
        for (xmlNodePtr k = n->parent ? n->parent->children : NULL; k;
             k = k->next) {
            if (k->type != XML_ELEMENT_NODE || !same_name(k, n))
                continue;
            total++;
            if (k == n)
                pos = total;
        }
        if (total > 1)
            tc_buf_printf(&b, "[%zu]", pos);
    }
    free(chain);
    return tc_buf_take(&b);
}

char *tc_node_attr_xpath(xmlNodePtr node, const char *attr)
{
    char *xp = tc_node_xpath(node);
    if (!xp || !attr)
        return xp;
    char *full = tc_asprintf("%s/@%s", xp, attr);
    free(xp);
    return full;
}
