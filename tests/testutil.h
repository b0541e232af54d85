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

/* The string value of an XPath must be want; fails the test with both. */
void tu_expect(xmlDocPtr doc, const char *xpath, const char *want);

struct tc_record;
/* Parse a text record and build its TEI; the nothing-lost check must pass.
 * NULL when the record is refused (fixtures of bad input). With out the
 * caller gets the record too (and frees it); caller frees the document. */
xmlDocPtr tu_build_tei(const char *text, size_t len, const char *name,
                       struct tc_record **out);

/* A text record under the source tree, decoded, parsed and built into TEI
 * with no error diagnostics (fails the test otherwise). Caller frees. */
xmlDocPtr tu_fixture_tei(const char *relpath);

/* Number of nodes an XPath (prefix t = TEI) selects. */
int tu_xpath_count(xmlDocPtr doc, const char *expr);

#endif
