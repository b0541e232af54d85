/* loss_check.h: the "nothing lost" check: every visible character of a
 * record's body is in the TEI built from it. Internal. */
#ifndef TC_LOSS_CHECK_H
#define TC_LOSS_CHECK_H

#include <libxml/tree.h>
#include "record/record.h"

/* Read the body of tei (text/body/div[@type='document']) back into source
 * text by the convention at the top of tei_inline.c, and check that every
 * non-space character of r's body blocks (labels included) appears in it,
 * in order. Returns TC_OK, or TC_E_INTERNAL with an error diagnostic
 * (TC190) naming the line and column of the first character lost: a lost
 * character is a bug of the converter, not of the input. TC_E_NOMEM when
 * out of memory. */
tc_status tc_check_nothing_lost(const tc_record *r, xmlDocPtr tei, tc_diags *d);

/* The body of tei read back as source text (see above); caller frees.
 * NULL when tei has no document div or memory runs out. */
char *tc_tei_body_source(xmlDocPtr tei);

#endif /* TC_LOSS_CHECK_H */
