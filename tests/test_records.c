/* test_records.c: every fixture record in tests/records (and its errors/
 * and legacy/ folders) parsed and built, checked against its .expect file. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "teiconv.h"

/* .expect lines:  XPATH<TAB>expected string value   (prefix t: = TEI;
 * $FD, $PD, $DIV abbreviate fileDesc, profileDesc and the document div)
 *   !error<TAB>CODE     parsing must fail with this diagnostic code
 *   !diag<TAB>CODE      this diagnostic code must be reported
 *   !nodiag<TAB>CODE    this one must not
 *   !encoding<TAB>NAME  decode the fixture from this encoding
 *   # comment */

static const struct {
    const char *abbr, *path;
} abbrs[] = {
    {"$FD", "/t:TEI/t:teiHeader/t:fileDesc"},
    {"$PD", "/t:TEI/t:teiHeader/t:profileDesc"},
    {"$DIV", "/t:TEI/t:text/t:body/t:div[@type='document']"},
};

static char *expand(const char *x)
{
    size_t cap = strlen(x) * 8 + 64;
    char *out = malloc(cap);
    assert_non_null(out);
    size_t o = 0;
    while (*x) {
        size_t i;
        for (i = 0; i < sizeof abbrs / sizeof abbrs[0]; i++) {
            size_t n = strlen(abbrs[i].abbr);
            if (strncmp(x, abbrs[i].abbr, n) == 0) {
                size_t m = strlen(abbrs[i].path);
                memcpy(out + o, abbrs[i].path, m);
                o += m;
                x += n;
                break;
            }
        }
        if (i == sizeof abbrs / sizeof abbrs[0])
            out[o++] = *x++;
    }
    out[o] = '\0';
    return out;
}

static int has_code(const tc_diags *d, const char *code)
{
    for (size_t i = 0; i < tc_diags_count(d); i++)
        if (strcmp(tc_diags_at(d, i)->code, code) == 0)
            return 1;
    return 0;
}

typedef struct fixture {
    const char *name;
    char *expect;
    char *encoding;
    char *error;
} fixture;

/* Directives first (they change how the fixture is read). */
static void read_directives(fixture *f)
{
    for (char *l = f->expect; l && *l;) {
        char *nl = strchr(l, '\n');
        if (nl)
            *nl = '\0';
        if (strncmp(l, "!encoding\t", 10) == 0)
            f->encoding = strdup(l + 10);
        else if (strncmp(l, "!error\t", 7) == 0)
            f->error = strdup(l + 7);
        if (!nl)
            break;
        *nl = '\n';
        l = nl + 1;
    }
}

static int fail_line(const fixture *f, const char *fmt, const char *a,
                     const char *b, const char *c)
{
    fprintf(stderr, "FAIL %s: ", f->name);
    fprintf(stderr, fmt, a, b ? b : "", c ? c : "");
    fputc('\n', stderr);
    return 1;
}

/* Check one expectation line against doc and diags; 1 when it fails. */
static int check_line(const fixture *f, char *l, xmlDocPtr doc,
                      const tc_diags *d)
{
    if (!*l || *l == '#' || strncmp(l, "!encoding\t", 10) == 0 ||
        strncmp(l, "!error\t", 7) == 0)
        return 0;
    char *tab = strchr(l, '\t');
    if (!tab)
        return fail_line(f, "bad .expect line \"%s\"%s%s", l, NULL, NULL);
    *tab = '\0';
    const char *want = tab + 1;
    int bad = 0;
    if (strcmp(l, "!diag") == 0) {
        if (!has_code(d, want))
            bad = fail_line(f, "diagnostic %s%s%s missing", want, NULL, NULL);
    } else if (strcmp(l, "!nodiag") == 0) {
        if (has_code(d, want))
            bad = fail_line(f, "diagnostic %s%s%s unexpected", want, NULL,
                            NULL);
    } else if (doc) {
        char *x = expand(l);
        char *got = tu_xpath_string(doc, x);
        if (strcmp(got, want) != 0)
            bad = fail_line(f, "%s: got \"%s\", want \"%s\"", l, got, want);
        free(got);
        free(x);
    }
    *tab = '\t';
    return bad;
}

static int run_fixture(const char *dir, const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *raw = tu_read_source_file(path, &len);
    snprintf(path + strlen(path) - 4, 8, ".expect");
    fixture f = {name, tu_read_source_file(path, NULL), NULL, NULL};
    read_directives(&f);
    tc_diags *d = tc_diags_new();
    char *text = NULL;
    size_t tlen = 0;
    tc_record *r = NULL;
    xmlDocPtr doc = NULL;
    int fails = 0;
    tc_status st = tc_text_decode(raw, len, f.encoding, name, &text, &tlen, d);
    if (st == TC_OK)
        st = tc_record_parse(text, tlen, name, &r, d);
    if (st == TC_OK)
        st = tc_tei_build(r, &doc, d);
    if (f.error) {
        if (st == TC_OK || !has_code(d, f.error))
            fails += fail_line(&f, "expected error %s%s%s", f.error, NULL,
                               NULL);
        if (r)
            fails += fail_line(&f, "a record was returned despite %s%s%s",
                               f.error, NULL, NULL);
    } else if (st != TC_OK) {
        for (size_t i = 0; i < tc_diags_count(d); i++) {
            char *m = tc_diag_format(tc_diags_at(d, i), TC_DIAG_TEXT);
            fprintf(stderr, "%s\n", m);
            free(m);
        }
        fails += fail_line(&f, "conversion failed: %s%s%s",
                           tc_status_str(st), NULL, NULL);
    }
    for (char *l = f.expect; l && *l;) {
        char *nl = strchr(l, '\n');
        if (nl)
            *nl = '\0';
        fails += check_line(&f, l, doc, d);
        if (!nl)
            break;
        l = nl + 1;
    }
    if (doc)
        xmlFreeDoc(doc);
    tc_record_free(r);
    tc_diags_free(d);
    free(text);
    free(raw);
    free(f.expect);
    free(f.encoding);
    free(f.error);
    return fails;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run every *.txt of a folder under the source tree; returns fixtures run. */
static size_t run_dir(const char *reldir, int *fails)
{
    const char *root = getenv("TEICONV_SOURCE_DIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", root ? root : ".", reldir);
    DIR *dir = opendir(path);
    if (!dir)
        fail_msg("cannot open %s", path);
    char *names[512];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL && n < 512) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof names[0], by_name);
    for (size_t i = 0; i < n; i++) {
        *fails += run_fixture(reldir, names[i]);
        free(names[i]);
    }
    return n;
}

static void page_and_labelled_records(void **state)
{
    (void)state;
    int fails = 0;
    size_t n = run_dir("tests/records", &fails);
    assert_true(n >= 40);
    if (fails)
        fail_msg("%d expectation(s) failed in %zu fixtures", fails, n);
}

static void records_with_errors(void **state)
{
    (void)state;
    int fails = 0;
    size_t n = run_dir("tests/records/errors", &fails);
    assert_true(n >= 3);
    if (fails)
        fail_msg("%d expectation(s) failed", fails);
}

static void legacy_encodings(void **state)
{
    (void)state;
    int fails = 0;
    size_t n = run_dir("tests/records/legacy", &fails);
    assert_true(n >= 2);
    if (fails)
        fail_msg("%d expectation(s) failed", fails);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(page_and_labelled_records),
        cmocka_unit_test(records_with_errors),
        cmocka_unit_test(legacy_encodings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
