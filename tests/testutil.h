/* testutil.h: helpers shared by the cmocka unit tests: reading fixture
 * files and finding the shared reference folder. */
#ifndef TC_TESTUTIL_H
#define TC_TESTUTIL_H

#include <stddef.h>
#include <stdarg.h>
#include <setjmp.h>
#include <cmocka.h>
#include <libxml/tree.h>

/* Read a file under the source tree (path relative to the repo root);
 * fails the test when missing. Caller frees. */
char *tu_read_source_file(const char *relpath, size_t *len);

/* The shared reference folder ($TEICONV_REFERENCE_DIR, default
 * <repo>/../shared), or NULL when missing (and CI is not set: under CI a
 * missing folder fails the test). */
const char *tu_reference_dir(void);

/* The string value of an XPath (TEI namespace bound to prefix t) on doc;
 * caller frees. "" when nothing matches. */
char *tu_xpath_string(xmlDocPtr doc, const char *expr);

/* Number of nodes an XPath (prefix t = TEI) selects. */
int tu_xpath_count(xmlDocPtr doc, const char *expr);

#endif
