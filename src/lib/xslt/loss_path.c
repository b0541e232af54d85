/* loss_path.c: tc:where(): the context node's path for a loss line, as the
 * `where` template of xsl/ead/ead-fit.xsl writes it (see loss_path.h). */
#include <pthread.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>

#include "xslt/loss_path.h"
#include "xslt/xpath_result.h"
#include "xslt/wrap.h"
#include "base/util.h"

/* The elements among n's siblings (n included) with n's local name, and
 * n's place among them (1-based). */
static void same_named(xmlNodePtr n, size_t *count, size_t *pos)
{
    *count = 0;
    *pos = 0;
    xmlNodePtr first = n->parent ? n->parent->children : n;
    for (xmlNodePtr c = first; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !xmlStrEqual(c->name, n->name))
            continue;
        ++*count;
        if (c == n)
            *pos = *count;
    }
}

/* Append the steps of n and its element ancestors to b, outermost first. */
static void steps(tc_buf *b, xmlNodePtr n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return;
    steps(b, n->parent);
    size_t count, pos;
    same_named(n, &count, &pos);
    tc_buf_printf(b, "/%s", (const char *)n->name);
    if (count > 1)
        tc_buf_printf(b, "[%zu]", pos);
}

static void where(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 0) {
        xmlXPathErr(ctxt, XPATH_INVALID_ARITY);
        return;
    }
    xmlNodePtr n = ctxt->context->node;
    /* ancestor-or-self::* of an attribute, text or comment starts at its
     * element */
    while (n && n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE &&
           n->type != XML_HTML_DOCUMENT_NODE)
        n = n->parent;
    tc_buf b = {0};
    steps(&b, n);
    xmlXPathObjectPtr res =
        xmlXPathNewString((const xmlChar *)(b.data ? b.data : ""));
    tc_buf_free(&b);
    tc_xpath_return(ctxt, res);
}

static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_functions(void)
{
    xsltRegisterExtModuleFunction((const xmlChar *)"where",
                                  (const xmlChar *)TC_XSLT_NS, where);
}

void tc_loss_path_register(void)
{
    pthread_once(&register_once, register_functions);
}
