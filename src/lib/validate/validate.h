/* validate.h: internal pieces shared by the validation files: libxml2's
 * schema errors turned into our diagnostics. Internal. */
#ifndef TC_VALIDATE_H
#define TC_VALIDATE_H

#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include "teiconv.h"
#include "base/deadline.h"

/* Collects libxml2 validity errors for one document and turns them into
 * diagnostics once validation is over (so that a generic "failed to
 * validate content" can be dropped when a precise error explains it). */
typedef struct tc_verrs tc_verrs;

tc_verrs *tc_verrs_new(const char *file, xmlDocPtr doc);
/* xmlStructuredErrorFunc for xmlSchemaSetValidStructuredErrors; data is
 * the tc_verrs. */
void tc_verrs_handler(void *data, xmlErrorPtr err);
/* Number of errors collected so far. */
size_t tc_verrs_count(const tc_verrs *e);
/* Move the translated diagnostics to d and free e. */
void tc_verrs_finish(tc_verrs *e, tc_diags *d);

/* Add the diagnostic msg about node (and its attribute attr, or NULL) to
 * d: the line and XPath come from the node. */
void tc_diag_at_node(tc_diags *d, tc_severity sev, const char *code,
                     const char *file, xmlNodePtr node, const char *attr,
                     const char *hint, const char *msg);

/* xmlStructuredErrorFunc for schema compilation: data is a tc_diags;
 * every message becomes a TC301 diagnostic naming the schema file. */
void tc_schema_error_handler(void *data, xmlErrorPtr err);

/* A document's record identifier (TEI publicationStmt/idno[@type='record'],
 * EAD eadid, EAD3 recordid), taken out of the tree so that a batch can
 * compare it later, in input order. value and xpath are owned: free them
 * with tc_record_id_clear. value is NULL when the document has none. */
typedef struct tc_record_id {
    tc_doctype type;
    char *value;
    long line;
    char *xpath;
} tc_record_id;
void tc_record_id_get(xmlDocPtr doc, tc_record_id *out);
void tc_record_id_clear(tc_record_id *r);
/* Note r in s (per document type); a duplicate adds error TC405 to d,
 * naming the first file, and returns TC_E_INVALID. */
tc_status tc_idset_note(tc_idset *s, const tc_record_id *r, const char *file,
                        tc_diags *d);

/* The name or value among names closest to got by edit distance (letters
 * without case), when close enough to be a slip ("did you mean ...?");
 * else NULL. Borrowed from names. In name_guess.c. */
const char *tc_msg_closest(const char *got, const char *const *names, size_t n);

/* TEI's own constraint rules that tei_all states in Schematron (jing
 * ignores them): the few checked in C, warnings TC420-TC426 added to d
 * (validate_tei_rules.c; the README lists them). dl (NULL: none) is
 * stepped per element; once cut, the checks stop there. */
void tc_tei_constraints(xmlDocPtr doc, const char *file, tc_deadline *dl,
                        tc_diags *d);

/* tc_validate_rules under the budget dl (NULL: none), stepped per element;
 * once cut, the checks stop there (dl->cut says why). */
tc_status tc_rules_check(xmlDocPtr doc, const char *file, tc_deadline *dl,
                         tc_diags *d);

/* 1 when d holds the error of a validation cut short (TC307, TC308):
 * the input fails for that, not for its content. */
int tc_validation_cut(const tc_diags *d);

/* Diagnostic codes of validation (TC3xx: schemas, TC4xx: rules). */
#define TC_V_NOSCHEMA   "TC300" /* schema not available locally */
#define TC_V_BADSCHEMA  "TC301" /* schema cannot be read or compiled */
#define TC_V_DOCTYPE    "TC302" /* document type unknown */
#define TC_V_XINCLUDE   "TC303" /* XInclude failed */
#define TC_V_NAMESPACED "TC304" /* no-namespace EAD validated namespaced */
#define TC_V_MODEL      "TC305" /* xml-model schema unusable, fell back */
#define TC_V_TOOBIG     "TC306" /* RELAX NG schema past the limits */
#define TC_V_TIME       "TC307" /* validation past its time budget */
#define TC_V_STOPPED    "TC308" /* validation stopped: run interrupted */
#define TC_V_ELEM       "TC310" /* element not allowed here */
#define TC_V_MISSING    "TC311" /* required element missing */
#define TC_V_ATTR       "TC312" /* attribute not allowed */
#define TC_V_VALUE      "TC313" /* attribute or text value invalid */
#define TC_V_REQATTR    "TC314" /* required attribute missing */
#define TC_V_TEXT       "TC315" /* text not allowed here */
#define TC_V_CONTENT    "TC316" /* content of an element invalid */
#define TC_V_ROOT       "TC317" /* root element not allowed */
#define TC_V_NOTEMPTY   "TC318" /* element must be empty */
#define TC_V_OTHER      "TC319" /* other schema message */

#endif /* TC_VALIDATE_H */
