/* style_pool.h: compiled stylesheets kept one copy per thread.
 *
 * libxml2 (2.9 at least) rewrites a compiled XPath expression while it
 * evaluates it: in "(A | B)[1]" and "(A | B)[last()]" it swaps A and B when
 * the second was cheaper (xmlXPathCompSwap). A thread that reads the swap
 * of another half-way evaluates one side twice and the other never, and
 * the union comes out wrong, often empty (tests/test_style_pool.c shows it
 * with two threads and plain libxml2). A compiled stylesheet holds such
 * expressions, so it is never run by two threads: each thread that needs a
 * slot compiles its own copy, the first time, and keeps it until the pool
 * is freed.
 *
 * Ownership: the pool owns every copy it holds; callers borrow them for
 * the thread that asked. Compilation is serialised by the pool's lock; the
 * rest is lock-free per thread. */
#ifndef TC_STYLE_POOL_H
#define TC_STYLE_POOL_H

#include <stddef.h>
#include <libxslt/xsltInternals.h>
#include "teiconv.h"

typedef struct tc_style_pool tc_style_pool;

/* Compiles the stylesheet of a slot (arg as given to tc_style_pool_get);
 * NULL with a diagnostic in d when it does not compile. */
typedef xsltStylesheetPtr (*tc_style_compile_fn)(const void *arg, tc_diags *d);

/* A pool of nslots stylesheets; NULL when out of memory. */
tc_style_pool *tc_style_pool_new(size_t nslots);
void tc_style_pool_free(tc_style_pool *p);

/* The calling thread's copy of slot, compiled with compile(arg, d) the
 * first time this thread asks. NULL when it does not compile; once a slot
 * failed to compile in any thread, it is not tried again and *failed_before
 * (when not NULL) is set, so that the caller can say so briefly. */
xsltStylesheetPtr tc_style_pool_get(tc_style_pool *p, size_t slot,
                                    tc_style_compile_fn compile,
                                    const void *arg, int *failed_before,
                                    tc_diags *d);

/* Hands the pool a stylesheet the calling thread compiled itself (for
 * slot, which must be empty for this thread): it becomes this thread's
 * copy. 0, or -1 (out of memory, or the slot taken: s is not taken). */
int tc_style_pool_put(tc_style_pool *p, size_t slot, xsltStylesheetPtr s);

#endif
