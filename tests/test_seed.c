/* test_seed.c: the seed record (examples/wilson-111189.txt) parsed and
 * built into TEI, checked field by field against DESIGN.md's field map. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "teiconv.h"

static xmlDocPtr seed_tei(void)
{
    return tu_fixture_tei("examples/wilson-111189.txt");
}

#define HDR "/t:TEI/t:teiHeader"

static void seed_header_fields(void **state)
{
    (void)state;
    xmlDocPtr doc = seed_tei();
    tu_expect(doc, HDR "/t:fileDesc/t:titleStmt/t:title[@type='main']",
           "Record of Conversation between N.V. Podgorny and Ambassador of "
           "the DPRK in the USSR Kim Chunbong");
    tu_expect(doc, HDR "/t:profileDesc/t:creation/t:date", "January 20, 1967");
    tu_expect(doc, "string(" HDR "/t:profileDesc/t:creation/t:date/@when)",
           "1967-01-20");
    tu_expect(doc, HDR "/t:fileDesc/t:publicationStmt/t:idno[@type='record']",
           "111189");
    tu_expect(doc, "string(" HDR "/t:fileDesc/t:publicationStmt/"
                "t:date[@type='uploaded']/@when)", "2011-11-20");
    tu_expect(doc, HDR "/t:fileDesc/t:sourceDesc/t:msDesc/t:msIdentifier/"
                "t:repository", "AVPRF");
    tu_expect(doc, HDR "/t:fileDesc/t:sourceDesc/t:msDesc/t:msIdentifier/t:idno",
           "fond 0102, opis 23, papka 110, delo 3");
    tu_expect(doc, HDR "/t:fileDesc/t:sourceDesc/t:msDesc/t:msContents/"
                "t:msItem/t:locus", "pp. 10-12");
    tu_expect(doc, HDR "/t:fileDesc/t:sourceDesc/t:bibl",
           "AVPRF, fond 0102, opis 23, papka 110, delo 3, pp. 10-12. "
           "Translated for NKIDP by Sergey Radchenko.");
    tu_expect(doc, HDR "/t:fileDesc/t:titleStmt/t:respStmt/t:persName",
           "Sergey Radchenko");
    tu_expect(doc, "string(" HDR "/t:profileDesc/t:langUsage/t:language/@ident)",
           "en");
    assert_int_equal(tu_xpath_count(doc, HDR "/t:fileDesc/t:publicationStmt/"
                                         "t:availability/t:licence/t:p"), 2);
    char *abs = tu_xpath_string(doc, HDR "/t:profileDesc/t:abstract/t:p");
    assert_true(strncmp(abs, "Record of Conversation between N.V. Podgorny "
                             "and Ambassador of the DPRK in the USSR Kim "
                             "Chunbong in which", 100) == 0);
    free(abs);
    xmlFreeDoc(doc);
}

static void seed_body(void **state)
{
    (void)state;
    xmlDocPtr doc = seed_tei();
    const char *div = "/t:TEI/t:text/t:body/t:div[@type='document']";
    char *q = NULL;
    /* six body paragraphs, the summary is not one of them */
    q = malloc(256);
    snprintf(q, 256, "%s/t:p", div);
    assert_int_equal(tu_xpath_count(doc, q), 6);
    snprintf(q, 256, "%s//t:gap", div);
    assert_int_equal(tu_xpath_count(doc, q), 2);
    snprintf(q, 256, "string(%s//t:supplied)", div);
    char *s = tu_xpath_string(doc, q);
    assert_string_equal(s, "these results");
    free(s);
    snprintf(q, 256, "string(%s/t:p[3])", div);
    s = tu_xpath_string(doc, q);
    assert_non_null(strstr(s, "the \xE2\x80\x9c" "cultural revolution\xE2\x80\x9d"));
    free(s);
    free(q);
    xmlFreeDoc(doc);
}

static void rejects_empty_and_binary(void **state)
{
    (void)state;
    tc_diags *d = tc_diags_new();
    char *text;
    size_t tlen;
    assert_int_equal(tc_text_decode("ab\0cd", 5, NULL, "bin", &text, &tlen, d),
                     TC_E_INPUT);
    assert_int_equal(tc_text_decode("ok \xC3\x28 bad", 9, NULL, "u8", &text,
                                    &tlen, d), TC_E_INPUT);
    assert_non_null(strstr(tc_diags_at(d, 1)->message, "byte offset 3"));
    tc_record *r = NULL;
    assert_int_equal(tc_record_parse("\n\n", 2, "blank", &r, d), TC_E_INPUT);
    assert_null(r);
    tc_diags_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_header_fields),
        cmocka_unit_test(seed_body),
        cmocka_unit_test(rejects_empty_and_binary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
