/* tei_inline.h: body blocks and their inline editorial marks ([…], [sic],
 * F[oreign], (p. 1), [1]) to TEI elements. Internal. */
#ifndef TC_TEI_INLINE_H
#define TC_TEI_INLINE_H

#include <libxml/tree.h>
#include "record/record.h"

/* Append one TEI element per block of body to div (namespace ns). */
tc_status tc_inline_blocks(xmlNodePtr div, xmlNsPtr ns, const tc_blocks *body);

/* Append text to parent, marking up editorial brackets inline. Every
 * character of text ends up in the tree, as text or in an attribute or
 * child of the markup. */
tc_status tc_inline_text(xmlNodePtr parent, xmlNsPtr ns, const char *text);

#endif /* TC_TEI_INLINE_H */
