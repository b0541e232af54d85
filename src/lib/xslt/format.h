/* format.h: internal facts about output formats (stylesheet file names,
 * table order) beside the public tc_format_name/tc_format_suffix. */
#ifndef TC_FORMAT_H
#define TC_FORMAT_H

#include "teiconv.h"
#include "xml/xml_input.h"

/* The stylesheet (file name under xsl/) that renders f from TEI, or NULL
 * for TEI itself. */
const char *tc_format_stylesheet(tc_format f);
/* Position of f in the format table (0..TC_FMT_COUNT-1), -1 if unknown. */
int tc_format_index(tc_format f);
/* The format at table position i (0..TC_FMT_COUNT-1). */
tc_format tc_format_at(int i);

/* Routes for inputs that are not teiconv's own TEI (foreign TEI, EAD 2002,
 * EAD3): the stylesheet under xsl/ that renders kind k as f,
 * TC_ROUTE_SAME when the (normalised) input itself is the output, or NULL
 * when there is no such conversion. Text records and our TEI use
 * tc_format_stylesheet. */
#define TC_ROUTE_SAME "="
const char *tc_route_stylesheet(tc_input_kind k, tc_format f);

/* The format whose result tree the stylesheet of route (k, f) takes
 * instead of the input: EAD3 is the EAD 2002 of the same input, migrated
 * (so an EAD 2002 output asked for too is made once, and one mapping to
 * EAD serves both). 0 when the stylesheet takes the input itself. */
tc_format tc_route_from(tc_input_kind k, tc_format f);

#endif /* TC_FORMAT_H */
