/* schema_explain.h: what a RELAX NG grammar allows each element (children,
 * attributes, text), used to say precisely what libxml2 only hints at. */
#ifndef TC_SCHEMA_EXPLAIN_H
#define TC_SCHEMA_EXPLAIN_H

#include <stddef.h>
#include <libxml/tree.h>

/* An index of a grammar's defines and element patterns. It borrows the
 * grammar document, which must outlive it. Read-only once made, so threads
 * may share it. */
typedef struct tc_rng_index tc_rng_index;

tc_rng_index *tc_rng_index_new(xmlDocPtr rng);
void tc_rng_index_free(tc_rng_index *ix);

/* A problem found in the document: node is where it is; attr (owned, may
 * be NULL) the attribute concerned; message is owned; code and hint are
 * static. */
typedef struct tc_rng_finding {
    xmlNodePtr node;
    const char *code;
    const char *hint;
    char *message;
    char *attr;
} tc_rng_finding;

/* Check every element below and including top against the union of what
 * the grammar allows an element of its name anywhere: child element names,
 * attribute names, text. Every finding is a real error (the check only
 * over-approximates what is allowed); order and count problems are not
 * found. Returns the number of findings in *out (caller frees each
 * message and attr, then the array). */
size_t tc_rng_explain(const tc_rng_index *ix, xmlNodePtr top,
                      tc_rng_finding **out);

/* The names of el's child elements ("publisher, idno") and, in
 * *allowed_list, those the grammar allows it; both for the caller to free. */
char *tc_rng_children_summary(const tc_rng_index *ix, xmlNodePtr el,
                              char **allowed_list);

#endif /* TC_SCHEMA_EXPLAIN_H */
