/* entity_expand.h: internal entities of an XML input replaced by their
 * text in the tree, within a budget relative to the input's size. Internal. */
#ifndef TC_ENTITY_EXPAND_H
#define TC_ENTITY_EXPAND_H

#include <libxml/tree.h>
#include "teiconv.h"

/* The expanded text may be at most this many times the input's size, and
 * always this many bytes ("Papers of &pub;" in a small file). */
#define TC_ENTITY_RATIO 8u
#define TC_ENTITY_FLOOR ((size_t)1 << 20)

/* Replace every reference to an internal general entity in doc's element
 * content by a copy of the entity's content (nested references too; no
 * recursion). External entities are never loaded: their references stay.
 * Past the budget the input is refused with error TC058 (TC_E_INPUT);
 * TC_E_NOMEM when a copy fails. */
tc_status tc_entities_expand(xmlDocPtr doc, size_t input_len, const char *file,
                             tc_diags *d);

#endif /* TC_ENTITY_EXPAND_H */
