/* node_size.h: the bound on the size of one node of an input's tree (issue
 * 19): a text node, attribute value, comment or processing instruction
 * longer than the limit fails the input with error TC059. Internal. */
#ifndef TC_NODE_SIZE_H
#define TC_NODE_SIZE_H

#include <libxml/tree.h>
#include "teiconv.h"

/* libxml2's own ceiling on one text node, attribute value, comment, CDATA
 * section or processing instruction (XML_MAX_TEXT_LENGTH), which stays
 * because XML_PARSE_HUGE is never set. */
#define TC_NODE_CEILING 10000000u

/* One walk over doc in document order, without recursion: TC_OK when no
 * node is longer than max bytes (0: no limit). Adjacent text nodes (and
 * CDATA sections) count as one, as XPath sees them. Otherwise error TC059
 * for the first node too long (its XPath, line and size) and TC_E_INPUT;
 * TC_E_NOMEM when the XPath cannot be made. */
tc_status tc_node_sizes_check(xmlDocPtr doc, size_t max, const char *file,
                              tc_diags *d);

/* When msg, a libxml2 parser error, says a node passed TC_NODE_CEILING
 * ("AttValue length too long", "huge text node", "Comment too big"...):
 * error TC059 for file at line in d, and 1; else 0 and nothing added. */
int tc_node_ceiling_error(const char *msg, const char *file, int line,
                          tc_diags *d);

#endif /* TC_NODE_SIZE_H */
