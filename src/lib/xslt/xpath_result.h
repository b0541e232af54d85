/* xpath_result.h: how teiconv's XPath extension functions (tc:wrap,
 * tc:translate, tc:fit-row, tc:lang-*, tc:org-word, tc:where) take their
 * string arguments and hand back their result, so that an allocation that
 * fails is an XPath memory error, the same in every one of them.
 * Owner: the XSLT layer; the functions own nothing they are given. */
#ifndef TC_XPATH_RESULT_H
#define TC_XPATH_RESULT_H

#include <stddef.h>

#include <libxml/xpathInternals.h>

/* 1 when no error is set and none of the n strings just popped from ctxt
 * is NULL (xmlXPathPopString's sign that memory ran out). Otherwise 0:
 * every one of them is freed (and set to NULL) and, unless an error was
 * set already, the memory error is. */
int tc_xpath_popped(xmlXPathParserContextPtr ctxt, xmlChar **strings, size_t n);

/* Push res as the function's value; a NULL res (its allocation failed)
 * sets the memory error instead. */
void tc_xpath_return(xmlXPathParserContextPtr ctxt, xmlXPathObjectPtr res);

#endif /* TC_XPATH_RESULT_H */
