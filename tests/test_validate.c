/* test_validate.c: unit tests of validation: rule checks, document types,
 * batch record IDs, schema pruning, catalogs, and sharing between threads. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "testutil.h"
#include "teiconv.h"

static xmlDocPtr parse(const char *xml)
{
    xmlDocPtr doc = NULL;
    tc_diags *d = tc_diags_new();
    assert_int_equal(tc_xml_read(xml, strlen(xml), "t.xml", &doc, d), TC_OK);
    tc_diags_free(d);
    return doc;
}

/* Number of diagnostics with this code (and severity, -1 for any). */
static int count_code(const tc_diags *d, const char *code, int sev)
{
    int n = 0;
    for (size_t i = 0; i < tc_diags_count(d); i++) {
        const tc_diag *dg = tc_diags_at(d, i);
        if (strcmp(dg->code, code) == 0 && (sev < 0 || (int)dg->severity == sev))
            n++;
    }
    return n;
}

static const tc_diag *find_code(const tc_diags *d, const char *code)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (strcmp(tc_diags_at(d, i)->code, code) == 0)
            return tc_diags_at(d, i);
    return NULL;
}

#define TEI_HEAD                                                               \
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"         \
    "<titleStmt><title type=\"main\">A Telegram</title></titleStmt>"           \
    "<publicationStmt><publisher>W</publisher><idno type=\"record\">42</idno>" \
    "</publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"

static void test_rules_dates(void **state)
{
    (void)state;
    xmlDocPtr doc = parse(TEI_HEAD "</teiHeader><text><body><p>"
                          "<date when=\"1967\"/><date when=\"1967-01\"/>"
                          "<date when=\"-0044-03-15\"/><date when=\"1972-11-03T10:30:00\"/>\n"
                          "<date when=\"1967-02-30\"/>\n"
                          "<date from=\"1972\" to=\"1967-05\"/>\n"
                          "<date notBefore=\"1967-05\" notAfter=\"1967\"/>\n"
                          "<date when=\"2999-01-01\"/>\n"
                          "<locus from=\"1r\" to=\"20v\"/>"
                          "</p></body></text></TEI>");
    tc_diags *d = tc_diags_new();
    assert_int_equal(tc_validate_rules(doc, "t.xml", d), TC_E_INVALID);
    assert_int_equal(count_code(d, "TC401", TC_SEV_ERROR), 1);
    const tc_diag *bad = find_code(d, "TC401");
    assert_int_equal(bad->line, 2);
    assert_string_equal(bad->xpath, "/TEI/text/body/p/date[5]/@when");
    assert_non_null(strstr(bad->message, "1967-02-30"));
    /* from 1972 after to 1967-05; notBefore 1967-05 vs notAfter 1967 is fine */
    assert_int_equal(count_code(d, "TC403", TC_SEV_ERROR), 1);
    assert_int_equal(find_code(d, "TC403")->line, 3);
    assert_int_equal(count_code(d, "TC402", TC_SEV_WARNING), 1);
    assert_int_equal(find_code(d, "TC402")->line, 5);
    assert_non_null(find_code(d, "TC402")->hint);
    tc_diags_free(d);
    xmlFreeDoc(doc);
}

static void test_rules_languages(void **state)
{
    (void)state;
    xmlDocPtr doc = parse(TEI_HEAD "<profileDesc><langUsage>"
                          "<language ident=\"ru\">Russian</language>"
                          "<language ident=\"zh-Hant\">Chinese</language>"
                          "<language ident=\"grc\">Greek</language>"
                          "<language ident=\"x-local\">Local</language>"
                          "<language ident=\"qz\">?</language>"
                          "<language ident=\"english\">?</language>"
                          "</langUsage></profileDesc></teiHeader>"
                          "<text xml:lang=\"en-GB\"><body><p xml:lang=\"ab-\">x</p>"
                          "</body></text></TEI>");
    tc_diags *d = tc_diags_new();
    assert_int_equal(tc_validate_rules(doc, "t.xml", d), TC_OK); /* warnings only */
    assert_int_equal(count_code(d, "TC406", TC_SEV_WARNING), 3);
    tc_diags_free(d);
    xmlFreeDoc(doc);
}

static void test_rules_summary_and_empty(void **state)
{
    (void)state;
    xmlDocPtr doc = parse("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
                          "<titleStmt><title type=\"main\">A  Telegram\n</title><author/>"
                          "</titleStmt><publicationStmt><p>x</p></publicationStmt>"
                          "<sourceDesc><p>s</p></sourceDesc></fileDesc><profileDesc>"
                          "<abstract><p>A Telegram</p></abstract></profileDesc>"
                          "</teiHeader><text><body><p/></body></text></TEI>");
    tc_diags *d = tc_diags_new();
    assert_int_equal(tc_validate_rules(doc, "t.xml", d), TC_OK);
    assert_int_equal(count_code(d, "TC408", TC_SEV_WARNING), 1);
    assert_int_equal(count_code(d, "TC409", TC_SEV_WARNING), 1); /* author */
    assert_int_equal(count_code(d, "TC404", TC_SEV_WARNING), 1); /* no idno */
    tc_diags_free(d);
    xmlFreeDoc(doc);
}

static void test_rules_ead(void **state)
{
    (void)state;
    xmlDocPtr doc = parse("<ead xmlns=\"urn:isbn:1-931666-22-9\"><eadheader><eadid>x</eadid>"
                          "</eadheader><archdesc level=\"collection\"><did>"
                          "<unittitle>Papers</unittitle><unitdate normal=\"1950/1940\">"
                          "1940s</unitdate></did><dsc><c level=\"item\"><did>"
                          "<physdesc>1 leaf</physdesc></did></c></dsc></archdesc></ead>");
    tc_diags *d = tc_diags_new();
    assert_int_equal(tc_validate_rules(doc, "e.xml", d), TC_E_INVALID);
    assert_int_equal(count_code(d, "TC407", TC_SEV_ERROR), 1);
    assert_int_equal(count_code(d, "TC407", TC_SEV_WARNING), 1); /* no unitid */
    assert_int_equal(count_code(d, "TC403", TC_SEV_ERROR), 1);
    assert_string_equal(find_code(d, "TC403")->xpath, "/ead/archdesc/did/unitdate/@normal");
    tc_diags_free(d);
    xmlFreeDoc(doc);
}

static void test_doctype_detect(void **state)
{
    (void)state;
    static const struct {
        const char *xml;
        tc_doctype want;
    } cases[] = {
        {"<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", TC_DOC_TEI},
        {"<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>", TC_DOC_TEI},
        {"<TEI/>", TC_DOC_UNKNOWN},
        {"<ead xmlns=\"urn:isbn:1-931666-22-9\"/>", TC_DOC_EAD},
        {"<ead/>", TC_DOC_EAD},
        {"<ead xmlns=\"http://ead3.archivists.org/schema/\"/>", TC_DOC_EAD3},
        {"<record/>", TC_DOC_UNKNOWN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        xmlDocPtr doc = parse(cases[i].xml);
        assert_int_equal(tc_doctype_detect(doc), cases[i].want);
        xmlFreeDoc(doc);
    }
    assert_int_equal(tc_doctype_parse("ead2002"), TC_DOC_EAD);
    assert_int_equal(tc_doctype_parse("ead3"), TC_DOC_EAD3);
    assert_int_equal(tc_doctype_parse("html"), TC_DOC_UNKNOWN);
    assert_non_null(strstr(tc_doctype_schema_url(TC_DOC_TEI), "tei_all.rng"));
}

static void test_idset_duplicates(void **state)
{
    (void)state;
    tc_idset *ids = tc_idset_new();
    tc_diags *d = tc_diags_new();
    xmlDocPtr a = parse(TEI_HEAD "</teiHeader><text><body><p>a</p></body></text></TEI>");
    xmlDocPtr b = parse(TEI_HEAD "</teiHeader><text><body><p>b</p></body></text></TEI>");
    xmlDocPtr e = parse("<ead><eadheader><eadid>42</eadid></eadheader></ead>");
    xmlDocPtr f = parse("<ead><eadheader><eadid>42</eadid></eadheader></ead>");
    assert_int_equal(tc_idset_check(ids, a, "a.xml", d), TC_OK);
    /* the same ID in another type: the EAD made from the same record */
    assert_int_equal(tc_idset_check(ids, e, "e.xml", d), TC_OK);
    assert_int_equal(tc_idset_check(ids, b, "b.xml", d), TC_E_INVALID);
    assert_int_equal(tc_idset_check(ids, f, "f.xml", d), TC_E_INVALID);
    assert_int_equal(count_code(d, "TC405", TC_SEV_ERROR), 2);
    assert_non_null(strstr(tc_diags_at(d, 0)->message, "a.xml"));
    assert_string_equal(tc_diags_at(d, 0)->file, "b.xml");
    assert_non_null(strstr(tc_diags_at(d, 1)->message, "e.xml"));
    assert_string_equal(tc_diags_at(d, 1)->file, "f.xml");
    xmlFreeDoc(a);
    xmlFreeDoc(b);
    xmlFreeDoc(e);
    xmlFreeDoc(f);
    tc_diags_free(d);
    tc_idset_free(ids);
}

/* ---- with the official schemas ------------------------------------------ */

static char catalog_path[4200];
static char tei_all[4200];

static int have_reference(void)
{
    const char *ref = tu_reference_dir();
    if (!ref)
        return 0;
    snprintf(tei_all, sizeof tei_all, "%s/reference/schemas/tei/tei_all.rng", ref);
    snprintf(catalog_path, sizeof catalog_path, "%s/test_validate_catalog.xml",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    FILE *f = fopen(catalog_path, "w");
    assert_non_null(f);
    fprintf(f, "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
               "<uri name=\"%s\" uri=\"file://%s\"/></catalog>\n",
            tc_doctype_schema_url(TC_DOC_TEI), tei_all);
    fclose(f);
    return 1;
}

/* Runs first: before any catalog is loaded, the official schema cannot be
 * had, and the error says how to provide it. */
static void test_unresolvable_schema(void **state)
{
    (void)state;
    tc_validator *v = NULL;
    tc_diags *d = tc_diags_new();
    tc_validator_opts o = {0};
    assert_int_equal(tc_validator_new(&o, &v, d), TC_OK);
    size_t len = 0;
    char *xml = tu_read_source_file("tests/validate/tei-valid.xml", &len);
    assert_int_equal(tc_validate_bytes(v, xml, len, "tei-valid.xml", d), TC_E_IO);
    const tc_diag *dg = find_code(d, "TC300");
    assert_non_null(dg);
    assert_non_null(strstr(dg->message, "tei_all.rng"));
    assert_non_null(strstr(dg->hint, "--schema"));
    assert_non_null(strstr(dg->hint, "--catalog"));
    free(xml);
    tc_validator_free(v);
    tc_diags_free(d);
}

typedef struct job {
    tc_validator *v;
    const char *xml_ok, *xml_bad;
    size_t len_ok, len_bad;
    int wrong;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (int i = 0; i < 3; i++) {
        tc_diags *d = tc_diags_new();
        if (tc_validate_bytes(j->v, j->xml_ok, j->len_ok, "ok.xml", d) != TC_OK)
            j->wrong++;
        tc_diags_clear(d);
        if (tc_validate_bytes(j->v, j->xml_bad, j->len_bad, "bad.xml", d) != TC_E_INVALID)
            j->wrong++;
        /* the precise message, not libxml2's vague one */
        const tc_diag *dg = find_code(d, "TC312");
        if (!dg || strcmp(dg->xpath, "/TEI/text/body/div/p/@colour") != 0)
            j->wrong++;
        tc_diags_free(d);
    }
    return NULL;
}

static void test_threads_share_validator(void **state)
{
    (void)state;
    if (!have_reference())
        skip();
    tc_validator *v = NULL;
    tc_diags *d = tc_diags_new();
    tc_validator_opts o = {0};
    o.catalog = catalog_path;
    assert_int_equal(tc_validator_new(&o, &v, d), TC_OK);
    size_t lo = 0, lb = 0;
    char *ok = tu_read_source_file("tests/validate/tei-valid.xml", &lo);
    char *bad = tu_read_source_file("tests/validate/tei-unknown-attribute.xml", &lb);
    job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){v, ok, bad, lo, lb, 0};
        assert_int_equal(pthread_create(&th[i], NULL, worker, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(jobs[i].wrong, 0);
    }
    free(ok);
    free(bad);
    tc_validator_free(v);
    tc_diags_free(d);
}

int main(void)
{
    /* no catalogs but the ones the tests load */
    setenv("XML_CATALOG_FILES", "", 1);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unresolvable_schema),
        cmocka_unit_test(test_rules_dates),
        cmocka_unit_test(test_rules_languages),
        cmocka_unit_test(test_rules_summary_and_empty),
        cmocka_unit_test(test_rules_ead),
        cmocka_unit_test(test_doctype_detect),
        cmocka_unit_test(test_idset_duplicates),
        cmocka_unit_test(test_threads_share_validator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
