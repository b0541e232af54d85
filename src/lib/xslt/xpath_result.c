/* xpath_result.c: the arguments and results of teiconv's XPath extension
 * functions (see xpath_result.h). */
#include "xslt/xpath_result.h"

int tc_xpath_popped(xmlXPathParserContextPtr ctxt, xmlChar **strings, size_t n)
{
    int ok = !ctxt->error;
    for (size_t i = 0; i < n; i++)
        if (!strings[i])
            ok = 0;
    if (ok)
        return 1;
    for (size_t i = 0; i < n; i++) {
        xmlFree(strings[i]);
        strings[i] = NULL;
    }
    if (!ctxt->error)
        xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
    return 0;
}

void tc_xpath_return(xmlXPathParserContextPtr ctxt, xmlXPathObjectPtr res)
{
    if (!res) {
        xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    valuePush(ctxt, res);
}
