/* test_quiet.c: the library prints nothing and keeps its host's handlers:
 * libxml2's and libxslt's messages (a missing stylesheet, a bad input, an
 * external entity) end in diagnostics, never on stderr or in the host's
 * own error functions, which are still in place afterwards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxslt/xsltutils.h>

#include "testutil.h"
#include "teiconv.h"

static int host_calls;

static void host_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
    host_calls++;
}

static int has_code(const tc_diags *d, const char *code)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (strcmp(tc_diags_at(d, i)->code, code) == 0)
            return 1;
    return 0;
}

static void test_nothing_printed(void **state)
{
    (void)state;
    /* the host's handlers, set before the library starts */
    xmlSetGenericErrorFunc(NULL, host_generic);
    xsltSetGenericErrorFunc(NULL, host_generic);
    char errpath[] = "/tmp/tc-quiet-XXXXXX";
    int fd = mkstemp(errpath);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);

    /* a data folder without stylesheets: TC010, the reason in words */
    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    assert_int_not_equal(
        tc_engine_new("/nonexistent-teiconv", TC_FMT_EAD, &e, d), TC_OK);
    assert_true(has_code(d, "TC010"));
    tc_diags_free(d);

    /* real stylesheets; inputs that make libxml2 talk */
    d = tc_diags_new();
    assert_int_equal(tc_engine_new(getenv("TEICONV_SOURCE_DIR"),
                                   TC_FMT_EAD | TC_FMT_HTML, &e, d),
                     TC_OK);
    static const char *const inputs[] = {
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE ead SYSTEM "
        "\"/nonexistent/ead.dtd\" "
        "[<!ENTITY x SYSTEM \"file:///nonexistent/x\">]>\n<ead xmlns=\""
        "urn:isbn:1-931666-22-9\"><eadheader><eadid>x</eadid><filedesc>"
        "<titlestmt><titleproper>T &x;</titleproper></titlestmt></filedesc>"
        "</eadheader><archdesc level=\"collection\"><did><unittitle>T"
        "</unittitle></did></archdesc></ead>\n",
        "<rss><channel>&bad;</channel></rss>",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        tc_convert_opts o = {.formats = TC_FMT_EAD | TC_FMT_HTML, .stem = "q"};
        tc_result r;
        tc_convert_bytes(e, inputs[i], strlen(inputs[i]), "in.xml", &o, &r, d);
        tc_result_clear(&r);
    }
    assert_true(tc_diags_errors(d) >= 2);
    tc_diags_free(d);
    tc_engine_free(e);

    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    off_t size = lseek(fd, 0, SEEK_END);
    close(fd);
    unlink(errpath);
    assert_int_equal(size, 0);       /* nothing on stderr */
    assert_int_equal(host_calls, 0); /* nor through the host's handlers */
    /* which are still the host's */
    assert_ptr_equal(xmlGenericError, host_generic);
    assert_ptr_equal(xsltGenericError, host_generic);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nothing_printed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
