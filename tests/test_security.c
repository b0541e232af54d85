/* test_security.c: the XSLT security preferences: stylesheets cannot write
 * files, create folders, reach the network, or read files outside their
 * own folder and the input's folder (a refused access fails the run);
 * XML inputs expand no external entities and refuse entity bombs; the
 * limits (input size, element nesting, node size, template recursion) end
 * in an error, never a stack overflow. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "testutil.h"
#include "teiconv.h"
#include "xslt/engine.h"
#include "xslt/fit_table.h"
#include "base/util.h"
#include "xml/xml_input.h"

static int has_code(const tc_diags *d, const char *code)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (strcmp(tc_diags_at(d, i)->code, code) == 0)
            return 1;
    return 0;
}

/* Run the stylesheet tests/security/xsl on <in/>, with params target=target;
 * the diagnostics go to d when not NULL. */
static char *run_diags(const char *xsl, const char *target, tc_status *st,
                       tc_diags *keep)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/security/%s",
             getenv("TEICONV_SOURCE_DIR"), xsl);
    tc_library_init();
    tc_diags *d = keep ? keep : tc_diags_new();
    xsltStylesheetPtr style = tc_stylesheet_load(path, d);
    assert_non_null(style);
    xsltSecurityPrefsPtr prefs = tc_security_prefs_new();
    xmlDocPtr in = xmlReadMemory("<in/>", 5, "mem.xml", NULL, 0);
    char quoted[4200];
    snprintf(quoted, sizeof quoted, "%s", target);
    const char *params[] = {"target", quoted, NULL};
    char *out = NULL;
    size_t len = 0;
    *st = tc_transform_run(style, prefs, in, params, "test", &out, &len,
                           NULL, d);
    xmlFreeDoc(in);
    xsltFreeSecurityPrefs(prefs);
    tc_stylesheet_free(style);
    if (!keep)
        tc_diags_free(d);
    return out;
}

static char *run(const char *xsl, const char *target, tc_status *st)
{
    return run_diags(xsl, target, st, NULL);
}

/* The stylesheet xsl, told to write a fresh path in /tmp, must fail and
 * leave no file there. */
static void expect_write_refused(const char *xsl)
{
    char target[] = "/tmp/teiconv-sec-XXXXXX";
    int fd = mkstemp(target);
    assert_true(fd >= 0);
    close(fd);
    unlink(target);
    tc_status st;
    char *out = run(xsl, target, &st);
    assert_int_not_equal(st, TC_OK);
    assert_null(out);
    assert_int_not_equal(access(target, F_OK), 0);
}

static void stylesheet_cannot_write_files(void **state)
{
    (void)state;
    expect_write_refused("write-file.xsl");
}

static void stylesheet_cannot_write_with_xsl_document(void **state)
{
    (void)state;
    expect_write_refused("xsl-document.xsl");
}

/* A refused read stops the transformation: the input fails instead of
 * being converted with a silently missing part. */
static void refused_read_fails_the_run(void **state)
{
    (void)state;
    tc_status st;
    char *out = run("read-file.xsl", "/etc/passwd", &st);
    assert_int_not_equal(st, TC_OK);
    assert_null(out);
    out = run("read-file.xsl", "http://127.0.0.1:9/x.xml", &st);
    assert_int_not_equal(st, TC_OK);
    assert_null(out);
}

static void stylesheet_cannot_read_outside(void **state)
{
    (void)state;
    /* a well-formed XML file outside both folders: readable by the
     * process, so only the security check can keep it out */
    char secret[] = "/tmp/teiconv-secret-XXXXXX";
    int fd = mkstemp(secret);
    assert_true(fd >= 0);
    static const char body[] = "<secret>root:x:0:0</secret>";
    assert_int_equal(write(fd, body, sizeof body - 1), (ssize_t)(sizeof body - 1));
    close(fd);
    tc_status st;
    char *out = run("read-file.xsl", secret, &st);
    assert_true(st != TC_OK || !out || !strstr(out, "root:"));
    free(out);
    unlink(secret);
    out = run("read-file.xsl", "http://127.0.0.1:9/x.xml", &st);
    assert_true(st != TC_OK || !out || !strstr(out, "<x"));
    free(out);
}

static void stylesheet_reads_its_own_folder(void **state)
{
    (void)state;
    char target[4096];
    snprintf(target, sizeof target, "%s/tests/security/sibling.xml",
             getenv("TEICONV_SOURCE_DIR"));
    tc_status st;
    char *out = run("read-file.xsl", target, &st);
    assert_int_equal(st, TC_OK);
    assert_non_null(strstr(out, "allowed"));
    free(out);
}

static void xml_input_no_external_entities(void **state)
{
    (void)state;
    static const char xxe[] =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>&x;</p></TEI>\n";
    tc_diags *d = tc_diags_new();
    xmlDocPtr doc = NULL;
    tc_xml_parse_safe(xxe, sizeof xxe - 1, "xxe.xml", &doc, d);
    if (doc) {
        xmlChar *s = xmlNodeGetContent(xmlDocGetRootElement(doc));
        assert_null(strstr((const char *)s, "root:"));
        xmlFree(s);
        xmlFreeDoc(doc);
    }
    tc_diags_free(d);
}

static void xml_input_refuses_entity_bomb(void **state)
{
    (void)state;
    char bomb[4096];
    int n = snprintf(bomb, sizeof bomb,
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n"
                     "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n");
    /* b = 20 a, c = 20 b, ... i = 20^8 * 40 characters */
    for (char name = 'b'; name <= 'i'; name++) {
        n += snprintf(bomb + n, sizeof bomb - (size_t)n, "<!ENTITY %c \"", name);
        for (int k = 0; k < 20; k++)
            n += snprintf(bomb + n, sizeof bomb - (size_t)n, "&%c;", name - 1);
        n += snprintf(bomb + n, sizeof bomb - (size_t)n, "\">\n");
    }
    n += snprintf(bomb + n, sizeof bomb - (size_t)n, "]>\n<r>&i;</r>\n");
    tc_diags *d = tc_diags_new();
    xmlDocPtr doc = NULL;
    tc_status st = tc_xml_parse_safe(bomb, (size_t)n, "bomb.xml", &doc, d);
    assert_int_equal(st, TC_E_INPUT);
    assert_null(doc);
    assert_true(tc_diags_errors(d) > 0);
    tc_diags_free(d);
}

/* A template recursing for ever, in a thread with the default stack, as in
 * a batch worker: libxslt stops it at TC_XSLT_MAX_DEPTH with TC022. Under
 * AddressSanitizer this also shows that the depth fits the stack. */
typedef struct recursion_run {
    tc_status st;
    char *out;
    tc_diags *d;
} recursion_run;

static void *run_recursive(void *arg)
{
    recursion_run *r = arg;
    r->out = run_diags("recursive-template.xsl", "", &r->st, r->d);
    return NULL;
}

static void stylesheet_recursion_stops_cleanly(void **state)
{
    (void)state;
    recursion_run r = {TC_OK, NULL, tc_diags_new()};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, run_recursive, &r), 0);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_not_equal(r.st, TC_OK);
    assert_null(r.out);
    assert_true(has_code(r.d, "TC022"));
    tc_diags_free(r.d);
}

/* <TEI><text><body> and then n nested <div>s. */
static char *deep_tei(int n, size_t *len)
{
    tc_buf b = {0};
    tc_buf_puts(&b, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>"
                    "<fileDesc><titleStmt><title>Deep</title></titleStmt>"
                    "<publicationStmt><p>x</p></publicationStmt><sourceDesc>"
                    "<p>x</p></sourceDesc></fileDesc></teiHeader><text><body>");
    for (int i = 0; i < n; i++)
        tc_buf_puts(&b, "<div>");
    tc_buf_puts(&b, "<p>x</p>");
    for (int i = 0; i < n; i++)
        tc_buf_puts(&b, "</div>");
    tc_buf_puts(&b, "</body></text></TEI>");
    *len = b.len;
    return tc_buf_take(&b);
}

static tc_status convert_html(const tc_engine *e, const char *bytes,
                              size_t len, tc_diags *d)
{
    tc_convert_opts o = {0};
    o.formats = TC_FMT_HTML | TC_FMT_TEXT;
    o.stem = "deep";
    tc_result res;
    tc_status st = tc_convert_bytes(e, bytes, len, "deep.xml", &o, &res, d);
    tc_result_clear(&res);
    return st;
}

static void limits_refuse_deep_and_large_inputs(void **state)
{
    (void)state;
    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    assert_int_equal(tc_engine_new(NULL, TC_FMT_HTML | TC_FMT_TEXT, &e, d),
                     TC_OK);
    /* out of range: refused, limits unchanged */
    assert_int_equal(tc_engine_set_limits(e, 0, TC_MAX_DEPTH_CEILING + 1),
                     TC_E_USAGE);
    assert_int_equal(tc_engine_max_size(e), TC_DEFAULT_MAX_SIZE);

    size_t len;
    char *deep300 = deep_tei(300, &len);
    assert_int_equal(tc_engine_set_limits(e, 0, 100), TC_OK);
    assert_int_equal(convert_html(e, deep300, len, d), TC_E_INPUT);
    assert_true(has_code(d, "TC056"));
    free(deep300);

    /* 120 levels: refused at 100, converted at the default */
    tc_diags_free(d);
    d = tc_diags_new();
    char *deep120 = deep_tei(120, &len);
    assert_int_equal(convert_html(e, deep120, len, d), TC_E_INPUT);
    assert_true(has_code(d, "TC056"));
    assert_int_equal(tc_engine_set_limits(e, 0, 0), TC_OK);
    tc_diags_free(d);
    d = tc_diags_new();
    assert_int_equal(convert_html(e, deep120, len, d), TC_OK);
    assert_false(has_code(d, "TC056"));

    /* max_size applies to bytes given in memory too */
    assert_int_equal(tc_engine_set_limits(e, len - 1, 0), TC_OK);
    assert_int_equal(convert_html(e, deep120, len, d), TC_E_INPUT);
    assert_true(has_code(d, "TC009"));
    free(deep120);

    /* 100000 levels with the default limits: refused, no stack overflow */
    assert_int_equal(tc_engine_set_limits(e, TC_DEFAULT_MAX_SIZE, 0), TC_OK);
    tc_diags_free(d);
    d = tc_diags_new();
    tc_buf b = {0};
    for (int i = 0; i < 100000; i++)
        tc_buf_puts(&b, "<a>");
    for (int i = 0; i < 100000; i++)
        tc_buf_puts(&b, "</a>");
    len = b.len;
    char *bomb = tc_buf_take(&b);
    assert_non_null(bomb);
    assert_int_equal(convert_html(e, bomb, len, d), TC_E_INPUT);
    assert_true(has_code(d, "TC056"));
    free(bomb);
    tc_engine_free(e);
    tc_diags_free(d);
}

/* A TEI document whose one paragraph has a text of text_len bytes (as
 * text and a CDATA section, read as one node) and an attribute value of
 * attr_len bytes. */
static char *long_node_tei(size_t text_len, size_t attr_len)
{
    tc_buf b = {0};
    tc_buf_puts(&b, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>"
                    "<fileDesc><titleStmt><title>Long</title></titleStmt>"
                    "<publicationStmt><p>x</p></publicationStmt><sourceDesc>"
                    "<p>x</p></sourceDesc></fileDesc></teiHeader><text><body>"
                    "<p n=\"");
    for (size_t i = 0; i < attr_len; i++)
        tc_buf_putc(&b, 'a');
    tc_buf_puts(&b, "\">");
    for (size_t i = 0; i < text_len / 2; i++)
        tc_buf_putc(&b, 't');
    tc_buf_puts(&b, "<![CDATA[");
    for (size_t i = text_len / 2; i < text_len; i++)
        tc_buf_putc(&b, 'c');
    tc_buf_puts(&b, "]]></p></body></text></TEI>");
    return tc_buf_take(&b);
}

/* The message of the first diagnostic with code, or "". */
static const char *message_of(const tc_diags *d, const char *code)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (strcmp(tc_diags_at(d, i)->code, code) == 0)
            return tc_diags_at(d, i)->message;
    return "";
}

static void limits_refuse_long_nodes(void **state)
{
    (void)state;
    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    assert_int_equal(tc_engine_new(NULL, TC_FMT_HTML | TC_FMT_TEXT, &e, d),
                     TC_OK);
    assert_int_equal(tc_engine_max_node(e), TC_DEFAULT_MAX_NODE);
    tc_engine_set_max_node(e, 1000);
    char *text = long_node_tei(1001, 10);
    char *attr = long_node_tei(10, 1001);
    char *fits = long_node_tei(1000, 1000);
    assert_non_null(text);
    assert_non_null(attr);
    assert_non_null(fits);
    assert_int_equal(convert_html(e, text, strlen(text), d), TC_E_INPUT);
    assert_non_null(strstr(message_of(d, "TC059"), "text node of 1001 bytes"));
    tc_diags_free(d);
    d = tc_diags_new();
    assert_int_equal(convert_html(e, attr, strlen(attr), d), TC_E_INPUT);
    assert_non_null(
        strstr(message_of(d, "TC059"), "attribute value of 1001 bytes"));
    tc_diags_free(d);
    d = tc_diags_new();
    assert_int_equal(convert_html(e, fits, strlen(fits), d), TC_OK);
    tc_engine_set_max_node(e, 0); /* no limit */
    assert_int_equal(convert_html(e, text, strlen(text), d), TC_OK);
    assert_false(has_code(d, "TC059"));

    /* a validator checks after XInclude, before it looks for a schema */
    tc_validator_opts o = {0};
    o.max_node = 1000;
    tc_validator *v = NULL;
    assert_int_equal(tc_validator_new(&o, &v, d), TC_OK);
    assert_int_equal(tc_validate_bytes(v, attr, strlen(attr), "a.xml", d),
                     TC_E_INPUT);
    assert_true(has_code(d, "TC059"));
    tc_validator_free(v);
    free(text);
    free(attr);
    free(fits);
    tc_engine_free(e);
    tc_diags_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stylesheet_cannot_write_files),
        cmocka_unit_test(stylesheet_cannot_write_with_xsl_document),
        cmocka_unit_test(refused_read_fails_the_run),
        cmocka_unit_test(stylesheet_cannot_read_outside),
        cmocka_unit_test(stylesheet_reads_its_own_folder),
        cmocka_unit_test(xml_input_no_external_entities),
        cmocka_unit_test(xml_input_refuses_entity_bomb),
        cmocka_unit_test(stylesheet_recursion_stops_cleanly),
        cmocka_unit_test(limits_refuse_deep_and_large_inputs),
        cmocka_unit_test(limits_refuse_long_nodes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
