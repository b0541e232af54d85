/* xml_walk.h: the step of an iterative walk of a tree in document order,
 * with no recursion (deep documents stay off the C stack). No ownership:
 * nodes are borrowed. */
#ifndef TC_XML_WALK_H
#define TC_XML_WALK_H

#include <libxml/tree.h>

/* The node after n in document order within root, not entering n's
 * children: its next sibling, or that of its nearest ancestor below root
 * that has one; NULL when the walk of root is over. */
static inline xmlNodePtr tc_node_after(xmlNodePtr n, xmlNodePtr root)
{
    while (n && n != root && !n->next)
        n = n->parent;
    return n && n != root ? n->next : NULL;
}

#endif /* TC_XML_WALK_H */
