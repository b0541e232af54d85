/* test_oom.c: out-of-memory fault injection: a whole conversion of the seed
 * (decode, parse, TEI build, serialise) is run again and again with the
 * n-th allocation failing, for every n, and must end in a clean error:
 * no crash, no leak. malloc and friends are replaced in this executable
 * (glibc lets a program define them) and forward to glibc's own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "testutil.h"
#include "teiconv.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static long fail_at = -1;   /* allocation number that fails; -1: none */
static long alloc_count;    /* allocations since the last reset */
static long live;           /* allocations not yet freed */
static int hit;             /* the injected failure happened */

static int should_fail(void)
{
    if (fail_at >= 0 && alloc_count++ == fail_at) {
        hit = 1;
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __libc_malloc(n);
    if (p)
        live++;
    return p;
}

void *calloc(size_t a, size_t b)
{
    if (should_fail())
        return NULL;
    void *p = __libc_calloc(a, b);
    if (p)
        live++;
    return p;
}

void *realloc(void *old, size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __libc_realloc(old, n);
    if (p && !old)
        live++;
    return p;
}

void free(void *p)
{
    if (p)
        live--;
    __libc_free(p);
}

/* One conversion; returns its status. */
static tc_status convert_seed(const char *raw, size_t len)
{
    tc_diags *d = tc_diags_new();
    if (!d)
        return TC_E_NOMEM;
    char *text = NULL;
    size_t tlen = 0;
    tc_record *r = NULL;
    xmlDocPtr doc = NULL;
    char *xml = NULL;
    size_t xlen = 0;
    tc_status st = tc_text_decode(raw, len, NULL, "seed", &text, &tlen, d);
    if (st == TC_OK)
        st = tc_record_parse(text, tlen, "seed", &r, d);
    if (st == TC_OK)
        st = tc_tei_build(r, &doc, d);
    if (st == TC_OK)
        st = tc_xml_serialize(doc, &xml, &xlen);
    free(xml);
    xmlFreeDoc(doc);
    tc_record_free(r);
    free(text);
    tc_diags_free(d);
    return st;
}

static void every_allocation_failure_is_clean(void **state)
{
    (void)state;
    size_t len;
    char *raw = tu_read_source_file("examples/wilson-111189.txt", &len);
    xmlInitParser();
    assert_int_equal(convert_seed(raw, len), TC_OK); /* warm-up */
    long failures = 0;
    for (long n = 0;; n++) {
        fail_at = n;
        alloc_count = 0;
        hit = 0;
        long before = live;
        tc_status st = convert_seed(raw, len);
        /* libxml2 keeps a copy of its last error per thread: not a leak */
        xmlResetLastError();
        long leaked = live - before;
        fail_at = -1;
        if (!hit) {
            assert_int_equal(st, TC_OK);
            printf("# %ld allocation sites failed one at a time, all clean\n",
                   failures);
            break;
        }
        failures++;
        if (leaked != 0)
            fail_msg("allocation %ld failing leaks %ld blocks", n, leaked);
        /* libxml2 may absorb a failure and still succeed; that is fine */
    }
    assert_true(failures > 100);
    free(raw);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_failure_is_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
