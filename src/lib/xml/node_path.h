/* node_path.h: the readable XPath of a node, as diagnostics name it
 * (/TEI/teiHeader/fileDesc/titleStmt/title[2]). Internal. */
#ifndef TC_NODE_PATH_H
#define TC_NODE_PATH_H

#include <libxml/tree.h>

/* A readable XPath of an element: /TEI/teiHeader/fileDesc/titleStmt/title[2]
 * (prefixes as written, positions only where a name repeats). Caller
 * frees; NULL for non-elements. */
char *tc_node_xpath(xmlNodePtr node);
/* The same, ending in /@attr when attr is given (the attribute the
 * diagnostic is about). Caller frees; NULL for non-elements. */
char *tc_node_attr_xpath(xmlNodePtr node, const char *attr);

#endif /* TC_NODE_PATH_H */
