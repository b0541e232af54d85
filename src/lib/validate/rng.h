/* rng.h: our RELAX NG validator: a grammar compiled once (read-only, shared by
 * threads) and a linear-time validation of a document that reports every error. */
#ifndef TC_RNG_H
#define TC_RNG_H

#include <stddef.h>
#include <libxml/tree.h>
#include "base/deadline.h"

typedef struct tc_rng_grammar tc_rng_grammar;

/* The limits of a grammar, so that compiling it and validating with it
 * stay linear in its size and within a worker thread's stack: defines
 * nested through refs, and patterns nested in one another (a group of
 * that many parts), at most TC_RNG_MAX_DEPTH deep (the compiler and the
 * derivatives recurse there, about 260 and 130 bytes of stack a level,
 * about 900 under ASan, where 9,000 deep overflowed an 8 MB stack; a
 * choice of any number of alternatives is fine); and building choices may
 * cost at most TC_RNG_WORK_BASE + TC_RNG_WORK_PER_PATTERN steps per
 * pattern element (choices nested through refs, each alternative after
 * the others, cost the square of their number: tei_all.rng takes
 * 1.9 steps per pattern element, 19,533 in all, and nests 43 deep). */
#define TC_RNG_MAX_DEPTH        4000
#define TC_RNG_MAX_DEPTH_TEXT   "4,000"
#define TC_RNG_WORK_BASE        1000000
#define TC_RNG_WORK_PER_PATTERN 64

/* Compile a parsed RELAX NG grammar (XML syntax; includes and externalRefs
 * are read relative to it, never from the network). NULL on failure with
 * *err (caller frees), *errline and *over_limit (1 when the grammar is
 * past a limit above; may be NULL) set. The document is not kept. */
tc_rng_grammar *tc_rng_grammar_from_doc(xmlDocPtr doc, char **err,
                                        long *errline, int *over_limit);
void tc_rng_grammar_free(tc_rng_grammar *g);

typedef enum tc_rng_err_kind {
    TC_RNG_ELEM_NOT_ALLOWED, /* element not allowed here (known elsewhere) */
    TC_RNG_ELEM_UNKNOWN,     /* element not allowed anywhere in the grammar */
    TC_RNG_ELEM_TOO_EARLY, /* element allowed later: required ones missing first */
    TC_RNG_ATTR_NOT_ALLOWED,
    TC_RNG_ATTR_VALUE,
    TC_RNG_ATTR_MISSING,
    TC_RNG_TEXT,         /* text not allowed here */
    TC_RNG_ELEM_VALUE,   /* the text of a data element is invalid */
    TC_RNG_INCOMPLETE,   /* element ends before required content */
    TC_RNG_ID_DUPLICATE, /* an ID defined before */
    TC_RNG_ID_FIRST,     /* where that ID was first defined */
    TC_RNG_ID_TOKENS,    /* an ID or IDREF value that is not one token */
    TC_RNG_IDREF_MISSING
} tc_rng_err_kind;

/* What one error is and what the schema allows at that place. Names are
 * as they would be written in the document ("title", "xml:id", "tei:p");
 * arrays are sorted and borrowed for the duration of the callback. */
typedef struct tc_rng_error {
    tc_rng_err_kind kind;
    xmlNodePtr node;   /* the element concerned (for text: its parent) */
    xmlAttrPtr attr;   /* the attribute concerned, or NULL */
    const char *value; /* the value or text refused, or NULL */
    const char *const *elements; /* element names allowed next */
    size_t nelements;
    int other_elements; /* elements of other names (wildcards) allowed too */
    const char *const *attributes; /* attribute names allowed on the element */
    size_t nattributes;
    const char *const
        *required; /* missing required names (elements or attributes) */
    size_t nrequired;
    const char *const *values; /* enumerated values allowed */
    size_t nvalues;
    const char *const *datatypes; /* descriptions of the datatypes allowed */
    size_t ndatatypes;
    int end_ok;  /* the element may end here */
    int text_ok; /* text is allowed here */
} tc_rng_error;

typedef void (*tc_rng_error_fn)(void *data, const tc_rng_error *e);

/* Validate the tree under root (normally the document element) against g,
 * calling fn for every error; after an error validation goes on with the
 * rest of the document. dl (NULL: none) bounds the walk: it is stepped
 * once per node and attribute, and when it is cut the walk stops there
 * (dl->cut says why; the errors found so far are reported). Returns the
 * number of errors, or -1 when out of memory. Thread-safe: g is only
 * read. */
long tc_rng_validate(const tc_rng_grammar *g, xmlNodePtr root,
                     tc_rng_error_fn fn, void *data, tc_deadline *dl);

#endif /* TC_RNG_H */
