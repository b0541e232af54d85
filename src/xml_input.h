/* xml_input.h: reading existing XML inputs (TEI, EAD) safely: no network,
 * no external entities or DTDs, bounded depth. Internal. */
#ifndef TC_XML_INPUT_H
#define TC_XML_INPUT_H

#include <libxml/tree.h>
#include "teiconv.h"

/* 1 when the bytes start (after a BOM and white space) with '<'. */
int tc_bytes_look_like_xml(const char *bytes, size_t len);

/* Parse XML bytes with the safe options; errors become diagnostics with
 * line and column. The caller frees *out with xmlFreeDoc. */
tc_status tc_xml_parse_safe(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *out, tc_diags *d);

/* Parse an XML input and return the TEI document to render (a TEI input
 * as it is). Other document types are refused with a diagnostic. */
tc_status tc_xml_input_read(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *tei, tc_diags *d);

#endif /* TC_XML_INPUT_H */
