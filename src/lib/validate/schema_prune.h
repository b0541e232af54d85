/* schema_prune.h: shrinking a RELAX NG grammar to the element names one
 * document uses, so that libxml2 compiles it in milliseconds. Internal. */
#ifndef TC_SCHEMA_PRUNE_H
#define TC_SCHEMA_PRUNE_H

#include <stddef.h>
#include <libxml/tree.h>

/* A set of expanded element names (namespace + local name). */
typedef struct tc_nameset tc_nameset;

/* The names of every element in doc; NULL when out of memory. */
tc_nameset *tc_nameset_from_doc(xmlDocPtr doc);
void tc_nameset_free(tc_nameset *s);
size_t tc_nameset_size(const tc_nameset *s);
/* A new set holding the names of a and of b; NULL when out of memory. */
tc_nameset *tc_nameset_union(const tc_nameset *a, const tc_nameset *b);
/* 1 when every name of a is also in b. */
int tc_nameset_subset(const tc_nameset *a, const tc_nameset *b);
/* 1 when the set holds (ns, local); ns NULL means no namespace. */
int tc_nameset_has(const tc_nameset *s, const char *ns, const char *local);

/* 1 when the grammar is one self-contained grammar (no include,
 * externalRef or nested grammar), the only shape tc_rng_prune handles. */
int tc_rng_prunable(xmlDocPtr rng);

/* A pruned copy of the grammar rng: every <element> pattern whose name
 * never occurs in names becomes <notAllowed/>, then every define no longer
 * reachable from <start> is dropped. An element pattern can only match an
 * element of its own name, so for a document whose names are all in names
 * the verdict is unchanged. The caller frees the copy with xmlFreeDoc;
 * NULL when out of memory. Counts of what was dropped go to *elements and
 * *defines when not NULL. */
xmlDocPtr tc_rng_prune(xmlDocPtr rng, const tc_nameset *names, size_t *elements,
                       size_t *defines);

/* 1 when n is a RELAX NG element (named name, or any when name is NULL). */
int tc_rng_is(xmlNodePtr n, const char *name);

/* The single name a pattern (<element>, or <attribute> with is_attr)
 * matches, from its name attribute or <name> child: returns 1 and sets *ns
 * (NULL for none; an element inherits ns, an attribute does not) and
 * *local, both for the caller to free; 0 when its name class is wider
 * (anyName, nsName, choice) or unreadable. */
int tc_rng_pattern_name(xmlNodePtr p, int is_attr, char **ns, char **local);

/* A copy of s without leading and trailing XML white space; NULL for NULL
 * or out of memory. Caller frees. */
char *tc_rng_trim(const xmlChar *s);

/* The next node after n in document order below top, skipping n's
 * children when skip_children is set; NULL at the end. */
xmlNodePtr tc_rng_walk_next(xmlNodePtr n, xmlNodePtr top, int skip_children);

#endif /* TC_SCHEMA_PRUNE_H */
