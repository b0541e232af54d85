/* record_parse.c: entry point of the text record parser: tells the
 * labelled format from a saved page, runs the parts, checks the result. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "record/record_parse.h"
#include "record/source_parse.h"
#include "base/util.h"

/* The labelled format: "Label: value" header lines, a blank line, body.
 * An indented line continues the field above it. */
static tc_status parse_labelled(tc_record *r, const tc_lines *ls, tc_diags *d)
{
    size_t i = 0;
    while (i < ls->n && ls->v[i].blank)
        i++;
    size_t head = i, at = 0;
    /* the header: label lines and their indented continuations; a blank
     * line or an unindented line without a label starts the body */
    while (i < ls->n && !ls->v[i].blank &&
           (ls->v[i].col > 1 ||
            tc_field_label(ls->v[i].text, ls->v[i].len, &at) != F_NONE))
        i++;
    tc_status st = tc_fields_read(r, ls, head, i, 1, d);
    if (st != TC_OK)
        return st;
    tc_unit *u = calloc(ls->n - i + 1, sizeof(tc_unit));
    if (!u)
        return TC_E_NOMEM;
    size_t n = tc_units_collect(ls, i, ls->n, 0, u);
    for (size_t k = 0; st == TC_OK && k < n; k++) {
        char *t = tc_lines_join(ls, u[k].from, u[k].to, '\n');
        const tc_line *ln = &ls->v[u[k].from];
        st = t ? tc_blocks_push(&r->body, TC_BLOCK_PARA, t, (size_t)-1, ln->no,
                                ln->col, NULL)
               : TC_E_NOMEM;
        free(t);
    }
    free(u);
    return st;
}

/* The labelled format starts with a "Label:" line (colon required, so
 * a page whose first line is a title is never taken for it). */
static int is_labelled(const tc_lines *ls)
{
    for (size_t i = 0; i < ls->n; i++) {
        if (ls->v[i].blank)
            continue;
        size_t at = 0;
        tc_field id = tc_field_label(ls->v[i].text, ls->v[i].len, &at);
        return id != F_NONE && memchr(ls->v[i].text, ':', at) != NULL;
    }
    return 0;
}

static tc_status parse_page(tc_record *r, const tc_lines *ls, tc_diags *d)
{
    int heading = 0;
    size_t info = tc_page_find_info(ls, &heading);
    int dense = tc_lines_dense(ls, 0, ls->n);
    r->page_layout = 1;
    int info_summary = 0;
    for (size_t i = info; i < ls->n && !info_summary; i++) {
        size_t at = 0;
        info_summary =
            !ls->v[i].blank &&
            tc_field_label(ls->v[i].text, ls->v[i].len, &at) == F_SUMMARY;
    }
    tc_status st = tc_page_read_top(r, ls, 0, info, dense, info_summary, d);
    if (st == TC_OK && info < ls->n)
        st = tc_fields_read(r, ls, info + (heading ? 1 : 0), ls->n, dense, d);
    return st;
}

/* Garbage (random text, a binary file read as text) has few letters or
 * no spaces between words: refuse it before hunting for a title. */
static int looks_like_text(const char *s, size_t len, tc_diags *d,
                           const char *file)
{
    size_t letters = 0, spaces = 0, ctrl = 0, longest = 0, run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalpha(c) || c >= 0x80)
            letters++;
        if (c == ' ' || c == '\n' || c >= 0x80) {
            /* CJK text runs without spaces: only ASCII runs count */
            spaces += c < 0x80;
            run = 0;
        } else if (++run > longest) {
            longest = run;
        }
        if (c < 0x20 && c != '\n' && c != '\t')
            ctrl++;
    }
    if (len == 0 || (letters * 2 >= len && ctrl * 50 < len &&
                     (longest < 400 || spaces * 20 > len)))
        return 1;
    tc_diags_add(d, TC_SEV_ERROR, "TC104", file, 1, 1, NULL,
                 "teiconv reads saved Digital Archive pages and the labelled "
                 "format described in README.md",
                 "this does not look like a text record (%zu%% letters, "
                 "%zu control characters, longest run without a space %zu)",
                 len ? letters * 100 / len : 0, ctrl, longest);
    return 0;
}

static tc_status check(tc_record *r, tc_diags *d)
{
    if (!r->title.text) {
        tc_diags_add(d, TC_SEV_ERROR, "TC101", r->file, 1, 1, NULL,
                     "a record needs a title line (or a 'Title:' label)",
                     "no title found");
        return TC_E_INPUT;
    }
    if (r->page_layout && !r->date.printed.text && !r->record_id.text &&
        !r->source.printed.text && !r->citation.text && !r->dropped.n) {
        tc_diags_add(d, TC_SEV_ERROR, "TC105", r->file, 1, 1, NULL,
                     "write the record in the labelled format (README.md, "
                     "'Text record formats') or save the whole page",
                     "not a recognisable record: no date, no Document "
                     "Information, no citation");
        return TC_E_INPUT;
    }
    if (r->body.n == 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC102", r->file, r->title.line, 1, NULL,
                     "a record needs body text after the title",
                     "no body text found");
        return TC_E_INPUT;
    }
    return TC_OK;
}

tc_status tc_record_parse(const char *text, size_t len, const char *file,
                          tc_record **out, tc_diags *d)
{
    *out = NULL;
    if (!looks_like_text(text, len, d, file))
        return TC_E_INPUT;
    tc_lines ls;
    tc_status st = tc_lines_split(text, len, &ls);
    tc_record *r = st == TC_OK ? tc_record_new(file) : NULL;
    if (!r) {
        tc_lines_free(&ls);
        return TC_E_NOMEM;
    }
    if (is_labelled(&ls))
        st = parse_labelled(r, &ls, d);
    else
        st = parse_page(r, &ls, d);
    /* before the body is classified, while its lines are still as written */
    if (st == TC_OK)
        st = tc_record_infer(r, d);
    if (st == TC_OK)
        st = tc_body_classify(&r->body);
    if (st == TC_OK)
        st = check(r, d);
    tc_lines_free(&ls);
    if (st != TC_OK) {
        tc_record_free(r);
        return st;
    }
    *out = r;
    return TC_OK;
}
