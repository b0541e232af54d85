/* translate.h: a faster XPath translate() (the same results as libxml2's)
 * for the XPath context of each transformation teiconv runs (issue 16). */
#ifndef TC_TRANSLATE_H
#define TC_TRANSLATE_H

#include <libxml/xpath.h>

/* Replace translate() in xp (a transformation's XPath context, before it
 * runs). 0, or -1 when out of memory. */
int tc_translate_install(xmlXPathContextPtr xp);

#endif /* TC_TRANSLATE_H */
