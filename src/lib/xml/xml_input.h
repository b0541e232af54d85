/* xml_input.h: reading existing XML inputs (TEI, EAD) safely: no network,
 * no external entities or DTDs, bounded depth. Internal. */
#ifndef TC_XML_INPUT_H
#define TC_XML_INPUT_H

#include <libxml/tree.h>
#include "teiconv.h"

#define TC_NS_TEI     "http://www.tei-c.org/ns/1.0"
#define TC_NS_EAD2002 "urn:isbn:1-931666-22-9"
#define TC_NS_EAD3    "http://ead3.archivists.org/schema/"

/* What an input is; decides which stylesheets render it. */
typedef enum tc_input_kind {
    TC_IN_TEXT = 0, /* a text record: built into our TEI */
    TC_IN_TEI_OURS, /* TEI written by teiconv (appInfo names it) */
    TC_IN_TEI,      /* any other TEI P5 document (FRUS volumes, editions) */
    TC_IN_EAD2002,  /* EAD 2002, namespaced (no-namespace files are moved in) */
    TC_IN_EAD3,     /* EAD3 */
    TC_IN_KIND_COUNT
} tc_input_kind;

/* A short name for diagnostics ("EAD 2002"); static storage. */
const char *tc_input_kind_name(tc_input_kind k);

/* 1 when the bytes start (after a BOM and white space) with '<'. */
int tc_bytes_look_like_xml(const char *bytes, size_t len);

/* Parse XML bytes with the safe options; errors become diagnostics with
 * line and column. The caller frees *out with xmlFreeDoc. */
tc_status tc_xml_parse_safe(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *out, tc_diags *d);

/* Parse an XML input, tell what it is and normalise it for the stylesheets:
 * a DOCTYPE is dropped (never loaded), EAD or TEI without a namespace is put
 * into its namespace (with a note). Documents of no known type are refused
 * with a diagnostic, and so are documents whose elements nest deeper than
 * max_depth (error TC056). The caller frees *doc with xmlFreeDoc. */
tc_status tc_xml_input_read(const char *bytes, size_t len, const char *file,
                            unsigned max_depth, xmlDocPtr *doc,
                            tc_input_kind *kind, tc_diags *d);

#endif /* TC_XML_INPUT_H */
