/* testutil.c: helpers shared by the cmocka unit tests (fixture reading,
 * reference folder lookup, XPath assertions). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "testutil.h"
#include "teiconv.h"
#include "tei/loss_check.h"

char *tu_read_source_file(const char *relpath, size_t *len)
{
    const char *root = getenv("TEICONV_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root ? root : ".", relpath);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open fixture %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    if (len)
        *len = (size_t)n;
    return buf;
}

const char *tu_reference_dir(void)
{
    static char path[4096];
    const char *env = getenv("TEICONV_REFERENCE_DIR");
    if (env && *env) {
        snprintf(path, sizeof path, "%s", env);
    } else {
        const char *root = getenv("TEICONV_SOURCE_DIR");
        snprintf(path, sizeof path, "%s/../shared", root ? root : ".");
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return path;
    const char *ci = getenv("CI");
    if (ci && strcmp(ci, "true") == 0)
        fail_msg("reference folder %s missing under CI", path);
    return NULL;
}

static xmlXPathObjectPtr eval(xmlDocPtr doc, const char *expr)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    assert_non_null(ctx);
    xmlXPathRegisterNs(ctx, BAD_CAST "t",
                       BAD_CAST "http://www.tei-c.org/ns/1.0");
    xmlXPathObjectPtr obj = xmlXPathEvalExpression(BAD_CAST expr, ctx);
    xmlXPathFreeContext(ctx);
    if (!obj)
        fail_msg("bad XPath %s", expr);
    return obj;
}

char *tu_xpath_string(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr obj = eval(doc, expr);
    xmlChar *s = xmlXPathCastToString(obj);
    xmlXPathFreeObject(obj);
    char *r = strdup((const char *)s);
    xmlFree(s);
    return r;
}

int tu_xpath_count(xmlDocPtr doc, const char *expr)
{
    xmlXPathObjectPtr obj = eval(doc, expr);
    int n = (obj->type == XPATH_NODESET && obj->nodesetval)
                ? obj->nodesetval->nodeNr
                : 0;
    xmlXPathFreeObject(obj);
    return n;
}

void tu_expect(xmlDocPtr doc, const char *xpath, const char *want)
{
    char *got = tu_xpath_string(doc, xpath);
    if (strcmp(got, want) != 0)
        fail_msg("%s: got \"%s\", want \"%s\"", xpath, got, want);
    free(got);
}

xmlDocPtr tu_build_tei(const char *text, size_t len, const char *name,
                       tc_record **out)
{
    tc_diags *d = tc_diags_new();
    tc_record *r = NULL;
    xmlDocPtr doc = NULL;
    if (tc_record_parse(text, len, name, &r, d) == TC_OK) {
        assert_int_equal(tc_tei_build(r, &doc, d), TC_OK);
        if (tc_check_nothing_lost(r, doc, d) != TC_OK) {
            char *m = tc_diag_format(tc_diags_at(d, tc_diags_count(d) - 1),
                                     TC_DIAG_TEXT);
            fail_msg("%s: %s", name, m);
        }
    }
    if (out)
        *out = r;
    else
        tc_record_free(r);
    tc_diags_free(d);
    return doc;
}

xmlDocPtr tu_fixture_tei(const char *relpath)
{
    size_t len;
    char *raw = tu_read_source_file(relpath, &len);
    tc_diags *d = tc_diags_new();
    char *text;
    size_t tlen;
    assert_int_equal(tc_text_decode(raw, len, NULL, relpath, &text, &tlen, d),
                     TC_OK);
    xmlDocPtr doc = tu_build_tei(text, tlen, relpath, NULL);
    assert_non_null(doc);
    assert_int_equal(tc_diags_errors(d), 0);
    free(text);
    free(raw);
    tc_diags_free(d);
    return doc;
}
