/* test_rng_cache.c: unit tests of the cache of compiled RELAX NG grammars
 * (rng_cache.c): a grammar read back validates as the compiled one; every
 * truncated, flipped or forged entry is refused without harm; a changed
 * schema file, an include among them, is a miss; the entry on disk is 0600
 * in a 0700 folder and a linked folder is never used. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "testutil.h"
#include "base/util.h"
#include "validate/rng.h"
#include "validate/rng_cache.h"

static char dir[] = "/tmp/tc-rng-cache-XXXXXX";
static char main_rng[256], inc_rng[256], small_rng[256];

#define RNG                                                                    \
    "xmlns=\"http://relaxng.org/ns/structure/1.0\" "                           \
    "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\""

/* Includes, defines combined, name classes of every kind, datatypes with
 * facets, values, lists, interleave, ID and IDREF attributes. */
static const char main_text[] =
    "<grammar " RNG " ns=\"urn:t\">\n"
    "  <include href=\"inc.rng\"/>\n"
    "  <start><ref name=\"doc\"/></start>\n"
    "  <define name=\"doc\"><element name=\"doc\">\n"
    "    <optional><attribute name=\"n\"><data type=\"integer\">\n"
    "      <param name=\"minInclusive\">1</param>"
    "<param name=\"maxInclusive\">9</param></data></attribute></optional>\n"
    "    <interleave><zeroOrMore><ref name=\"item\"/></zeroOrMore>\n"
    "      <optional><element name=\"note\"><text/></element></optional>"
    "</interleave>\n"
    "    <zeroOrMore><element><anyName><except><nsName/></except></anyName>"
    "<text/></element></zeroOrMore>\n"
    "  </element></define>\n"
    "  <define name=\"item\" combine=\"choice\"><element name=\"item\">\n"
    "    <attribute name=\"id\"><data type=\"ID\"/></attribute>\n"
    "    <optional><attribute name=\"ref\"><data type=\"IDREF\"/>"
    "</attribute></optional>\n"
    "    <ref name=\"code\"/></element></define>\n"
    "</grammar>\n";
static const char inc_text[] =
    "<grammar " RNG ">\n"
    "  <define name=\"code\"><choice><value>red</value><value>green</value>"
    "<list><oneOrMore><data type=\"token\"><param name=\"pattern\">[a-z]{2}"
    "</param></data></oneOrMore></list></choice></define>\n"
    "  <define name=\"item\" combine=\"choice\"><element name=\"item\">"
    "<attribute name=\"id\"><data type=\"ID\"/></attribute>"
    "<element><choice><name>a</name><name>b</name></choice><empty/>"
    "</element></element></define>\n"
    "</grammar>\n";
static const char small_text[] =
    "<element " RNG " name=\"s\"><zeroOrMore><element name=\"t\"><text/>"
    "</element></zeroOrMore></element>\n";

static const char *const docs[] = {
    "<doc xmlns='urn:t' n='3'><item id='a'>red</item><note>x</note>"
    "<item id='b' ref='a'>ab cd</item></doc>",
    "<doc xmlns='urn:t' n='12'><item id='a'>blue</item><item id='a'>red"
    "</item><item id='c' ref='zz'>ABC</item><other xmlns='urn:o'>t</other>"
    "</doc>",
    "<doc xmlns='urn:t'><item id='q'><b/></item><item id='r'><c/></item>"
    "<note/><note/>text</doc>",
    "<doc xmlns='urn:t' n='x'><foo/></doc>",
};
#define NDOCS (sizeof docs / sizeof *docs)

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static tc_rng_grammar *compile(const char *path)
{
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    char *err = NULL;
    tc_rng_grammar *g = tc_rng_grammar_from_doc(doc, &err, NULL, NULL);
    if (!g)
        fail_msg("grammar refused: %s", err ? err : "?");
    xmlFreeDoc(doc);
    return g;
}

/* Every error a validation reports, as text. */
static void note_error(void *data, const tc_rng_error *e)
{
    tc_buf *b = data;
    tc_buf_printf(b, "%d %s %s %s|", (int)e->kind, (const char *)e->node->name,
                  e->attr ? (const char *)e->attr->name : "-",
                  e->value ? e->value : "-");
    for (size_t i = 0; i < e->nelements; i++)
        tc_buf_printf(b, " e:%s", e->elements[i]);
    for (size_t i = 0; i < e->nattributes; i++)
        tc_buf_printf(b, " a:%s", e->attributes[i]);
    for (size_t i = 0; i < e->nrequired; i++)
        tc_buf_printf(b, " r:%s", e->required[i]);
    for (size_t i = 0; i < e->nvalues; i++)
        tc_buf_printf(b, " v:%s", e->values[i]);
    for (size_t i = 0; i < e->ndatatypes; i++)
        tc_buf_printf(b, " d:%s", e->datatypes[i]);
    tc_buf_printf(b, " %d%d%d\n", e->other_elements, e->end_ok, e->text_ok);
}

static char *results(const tc_rng_grammar *g, const char *xml)
{
    xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "d.xml", NULL, 0);
    assert_non_null(doc);
    tc_buf b = {0};
    long n =
        tc_rng_validate(g, xmlDocGetRootElement(doc), note_error, &b, NULL);
    tc_buf_printf(&b, "%ld errors", n);
    xmlFreeDoc(doc);
    return tc_buf_take(&b);
}

static unsigned char *encode(const char *path, const tc_rng_grammar *g,
                             size_t *len)
{
    unsigned char *buf = NULL;
    assert_int_equal(tc_rng_cache_encode(path, g, &buf, len), 0);
    assert_non_null(buf);
    return buf;
}

/* A schema compiled and encoded: the grammar and its cache entry. */
typedef struct {
    tc_rng_grammar *g;
    unsigned char *buf;
    size_t len;
} coded;

static coded coded_of(const char *path)
{
    coded e;
    e.g = compile(path);
    e.buf = encode(path, e.g, &e.len);
    return e;
}

static void coded_free(coded *e)
{
    free(e->buf);
    tc_rng_grammar_free(e->g);
}

static void test_round_trip(void **state)
{
    (void)state;
    coded e = coded_of(main_rng);
    tc_rng_grammar *g = e.g;
    tc_rng_grammar *back = tc_rng_cache_decode(main_rng, e.buf, e.len);
    assert_non_null(back);
    int invalid = 0;
    for (size_t i = 0; i < NDOCS; i++) {
        char *a = results(g, docs[i]), *b = results(back, docs[i]);
        assert_string_equal(a, b);
        invalid += strcmp(a, "0 errors") != 0;
        free(a);
        free(b);
    }
    assert_int_equal(invalid, NDOCS - 1); /* the documents test something */
    /* read back, it makes the same entry again */
    size_t len2;
    unsigned char *buf2 = encode(main_rng, back, &len2);
    assert_int_equal(e.len, len2);
    assert_memory_equal(e.buf, buf2, e.len);
    free(buf2);
    tc_rng_grammar_free(back);
    coded_free(&e);
}

static void test_truncated_and_flipped(void **state)
{
    (void)state;
    coded e = coded_of(main_rng);
    for (size_t n = 0; n < e.len; n++) {
        unsigned char *cut = malloc(n ? n : 1); /* ASan sees reads past n */
        memcpy(cut, e.buf, n);
        assert_null(tc_rng_cache_decode(main_rng, cut, n));
        free(cut);
    }
    for (size_t i = 0; i < e.len; i++)
        for (int bit = 0; bit < 8; bit += 3) {
            e.buf[i] ^= (unsigned char)(1u << bit);
            assert_null(tc_rng_cache_decode(main_rng, e.buf, e.len));
            e.buf[i] ^= (unsigned char)(1u << bit);
        }
    tc_rng_grammar *back = tc_rng_cache_decode(main_rng, e.buf, e.len);
    assert_non_null(back);
    tc_rng_grammar_free(back);
    coded_free(&e);
}

static void put_u32(unsigned char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

/* Re-seal a forged entry: its checksum good again. */
static void seal(unsigned char *buf, size_t len)
{
    uint64_t s = tc_rng_cache_sum(buf, len - 8);
    memcpy(buf + len - 8, &s, 8);
}

static void test_forged(void **state)
{
    (void)state;
    coded e = coded_of(small_rng);
    unsigned char *f = malloc(e.len);
    /* the end of the small grammar's entry (it has no ID attributes):
     * ... start, nel, nel element indexes, nids = 0, checksum */
    uint32_t nel = 0;
    memcpy(&nel, e.buf + e.len - 8 - 4 - 4 * 2 - 4, 4);
    assert_int_equal(nel, 2);
    size_t at_start = e.len - 8 - 4 - 4 * nel - 4 - 4;
    const struct {
        size_t at;
        uint32_t v;
    } bad[] = {
        {at_start, 0xFFFFFF00u},      /* start past the patterns */
        {at_start + 4, 0x40000000u},  /* more elements than bytes */
        {at_start + 8, 0xFFFFFF00u},  /* an element index past them */
        {at_start + 8, 0},            /* an element that is notAllowed */
        {e.len - 8 - 4, 7},           /* ID attributes that are not there */
        {at_start - 16, 0xFFFFFF00u}, /* a pattern of no kind */
        {at_start - 12, 0xFFFFFF00u}, /* an operand past the patterns */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        memcpy(f, e.buf, e.len);
        put_u32(f + bad[i].at, bad[i].v);
        seal(f, e.len);
        tc_rng_grammar *x = tc_rng_cache_decode(small_rng, f, e.len);
        if (x)
            fail_msg("forged entry %zu accepted", i);
    }
    /* any 32-bit field anywhere made huge, 0 or 1, checksum good: refused,
     * or (a string's bytes changed) a grammar that validates unharmed */
    static const uint32_t vals[] = {0xFFFFFFFFu, 0x7FFFFFF0u, 0, 1, 3};
    size_t refused = 0, tried = 0;
    for (size_t at = 0; at + 4 <= e.len - 8; at++)
        for (size_t k = 0; k < sizeof vals / sizeof *vals; k++) {
            memcpy(f, e.buf, e.len);
            put_u32(f + at, vals[k]);
            if (memcmp(f, e.buf, e.len) == 0)
                continue;
            seal(f, e.len);
            tried++;
            tc_rng_grammar *x = tc_rng_cache_decode(small_rng, f, e.len);
            if (!x) {
                refused++;
                continue;
            }
            char *r = results(x, "<s><t>a</t><t/><u/></s>");
            free(r);
            tc_rng_grammar_free(x);
        }
    assert_true(refused * 2 >= tried); /* most fields are indexes or counts */
    free(f);
    coded_free(&e);
}

static void test_changed_file(void **state)
{
    (void)state;
    coded e = coded_of(main_rng);
    /* the same size, one letter changed: the include */
    char *changed = tc_strdup(inc_text);
    *strstr(changed, "green") = 'G';
    write_file(inc_rng, changed);
    assert_null(tc_rng_cache_decode(main_rng, e.buf, e.len));
    write_file(inc_rng, inc_text);
    tc_rng_grammar *back = tc_rng_cache_decode(main_rng, e.buf, e.len);
    assert_non_null(back);
    tc_rng_grammar_free(back);
    /* the main file */
    char *m = tc_strdup(main_text);
    *strstr(m, "note") = 'N';
    write_file(main_rng, m);
    assert_null(tc_rng_cache_decode(main_rng, e.buf, e.len));
    write_file(main_rng, main_text);
    /* the same schema under another path: its includes may differ */
    assert_null(tc_rng_cache_decode(small_rng, e.buf, e.len));
    free(m);
    free(changed);
    coded_free(&e);
}

static void test_on_disk(void **state)
{
    (void)state;
    char *cache = tc_asprintf("%s/cache", dir);
    setenv("XDG_CACHE_HOME", cache, 1);
    unsetenv("TEICONV_NO_CACHE");
    tc_rng_grammar *g = compile(main_rng);
    assert_null(tc_rng_cache_load(main_rng));
    tc_rng_cache_store(main_rng, g);
    char *entry = tc_rng_cache_entry(main_rng);
    assert_non_null(entry);
    struct stat st;
    assert_int_equal(stat(entry, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    char *gdir = tc_asprintf("%s/teiconv/grammars", cache);
    assert_int_equal(lstat(gdir, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0700);
    tc_rng_grammar *back = tc_rng_cache_load(main_rng);
    assert_non_null(back);
    char *a = results(g, docs[1]), *b = results(back, docs[1]);
    assert_string_equal(a, b);
    free(a);
    free(b);
    tc_rng_grammar_free(back);
    /* the off switch */
    setenv("TEICONV_NO_CACHE", "1", 1);
    assert_null(tc_rng_cache_load(main_rng));
    unsetenv("TEICONV_NO_CACHE");
    /* a changed include */
    write_file(inc_rng, "<grammar " RNG "><define name=\"code\"><text/>"
                        "</define><define name=\"item\" combine=\"choice\">"
                        "<notAllowed/></define></grammar>\n");
    assert_null(tc_rng_cache_load(main_rng));
    write_file(inc_rng, inc_text);
    back = tc_rng_cache_load(main_rng);
    assert_non_null(back);
    tc_rng_grammar_free(back);
    /* a folder writable by others, then a link in its place: not used */
    assert_int_equal(chmod(gdir, 0777), 0);
    assert_null(tc_rng_cache_load(main_rng));
    assert_int_equal(chmod(gdir, 0700), 0);
    char *moved = tc_asprintf("%s/elsewhere", dir);
    assert_int_equal(rename(gdir, moved), 0);
    assert_int_equal(symlink(moved, gdir), 0);
    assert_null(tc_rng_cache_load(main_rng));
    tc_rng_cache_store(small_rng, g);
    char *small_entry = tc_rng_cache_entry(small_rng);
    assert_int_not_equal(access(small_entry, F_OK), 0);
    free(small_entry);
    free(moved);
    free(gdir);
    free(entry);
    free(cache);
    tc_rng_grammar_free(g);
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir))
        return -1;
    snprintf(main_rng, sizeof main_rng, "%s/main.rng", dir);
    snprintf(inc_rng, sizeof inc_rng, "%s/inc.rng", dir);
    snprintf(small_rng, sizeof small_rng, "%s/small.rng", dir);
    write_file(main_rng, main_text);
    write_file(inc_rng, inc_text);
    write_file(small_rng, small_text);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char *cmd = tc_asprintf("rm -rf '%s'", dir);
    int rc = cmd ? system(cmd) : -1;
    free(cmd);
    return rc == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_truncated_and_flipped),
        cmocka_unit_test(test_forged),
        cmocka_unit_test(test_changed_file),
        cmocka_unit_test(test_on_disk),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
