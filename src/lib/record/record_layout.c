/* record_layout.c: the top of a saved Digital Archive page in each of its
 * layouts (main site, mirror, older site, title only in the citation, tail). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "record/record_parse.h"
#include "base/util.h"

size_t tc_page_find_info(const tc_lines *ls, int *heading)
{
    static const char *const heads[] = {"Document Information", "Document Info",
                                        "Document Details",
                                        "About this document"};
    *heading = 0;
    for (size_t i = 0; i < ls->n; i++)
        for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
            if (tc_text_is(ls->v[i].text, ls->v[i].len, heads[h])) {
                *heading = 1;
                return i;
            }
    /* no heading: the first of the information labels, when there are at
     * least two of them (body text rarely holds two such whole lines) */
    size_t found = ls->n, count = 0;
    for (size_t i = ls->n; i-- > 1;) {
        size_t at = 0;
        tc_field id = tc_field_label(ls->v[i].text, ls->v[i].len, &at);
        if (id != F_NONE && tc_field_is_info(id) && id != F_LANGUAGE &&
            id != F_AUTHORS) {
            count++;
            found = i;
        }
    }
    if (count >= 2)
        return found;
    /* a single label ("Record ID") counts when only its value follows */
    size_t after = 0;
    for (size_t i = found + 1; count == 1 && i < ls->n; i++)
        after += !ls->v[i].blank;
    return count == 1 && after <= 2 ? found : ls->n;
}

/* A unit of the page top, its text joined with spaces. */
typedef struct top {
    tc_record *r;
    const tc_lines *ls;
    tc_unit *u;
    size_t n;
    int dense;
    tc_diags *d;
} top;

static char *unit_text(const top *t, size_t k)
{
    return tc_lines_join(t->ls, t->u[k].from, t->u[k].to, ' ');
}

static const tc_line *unit_line(const top *t, size_t k)
{
    return &t->ls->v[t->u[k].from];
}

static int unit_is_date(const top *t, size_t k)
{
    if (k >= t->n || t->u[k].to - t->u[k].from != 1)
        return 0;
    return tc_date_line_is_date(unit_line(t, k)->text);
}

/* "Title," January 20, 1967, History and Public Policy Program Digital
 * Archive, … : the older layout's citation string. */
static int is_citation(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    int quoted = u[0] == '"' || (u[0] == 0xE2 && u[1] == 0x80 &&
                                 (u[2] == 0x9C || u[2] == 0x98));
    return quoted && (strstr(s, "Digital Archive") || strstr(s, "http"));
}

static int ends_sentence(const char *s)
{
    size_t n = strlen(s);
    return n > 0 && (s[n - 1] == '.' || n > 200 ||
                     (n >= 3 && strcmp(s + n - 3, "\xE3\x80\x82") == 0));
}

/* Drop chrome lines at the start of each unit; units left empty vanish. */
static tc_status strip_chrome(top *t)
{
    size_t w = 0;
    for (size_t k = 0; k < t->n; k++) {
        tc_unit u = t->u[k];
        while (u.from < u.to && tc_line_is_chrome(&t->ls->v[u.from])) {
            tc_status st =
                tc_record_drop(t->r, &t->ls->v[u.from], "page chrome", t->d);
            if (st != TC_OK)
                return st;
            u.from++;
        }
        if (u.from < u.to)
            t->u[w++] = u;
    }
    t->n = w;
    return TC_OK;
}

/* A tail-only page: teaser blocks (date, title, summary) of other
 * documents, at least two of them, and nothing else. */
static int is_tail_only(const top *t)
{
    if (t->n < 4 || !unit_is_date(t, 0))
        return 0;
    size_t dates = 0, last = 0;
    for (size_t k = 0; k < t->n; k++) {
        if (!unit_is_date(t, k))
            continue;
        if (k > 0 && (k - last < 2 || k - last > 3))
            return 0;
        dates++;
        last = k;
    }
    return dates >= 2 && t->n - last >= 2 && t->n - last <= 3;
}

static tc_status set_from_unit(top *t, tc_field id, size_t k)
{
    char *s = unit_text(t, k);
    if (!s)
        return TC_E_NOMEM;
    const tc_line *ln = unit_line(t, k);
    /* a unit is a paragraph: a summary's next one */
    tc_status st = tc_field_add_para(t->r, id, ln->no, ln->col, s);
    free(s);
    return st;
}

/* A label unit at the top ("Citation", "Summary:", "Original Language:
 * Russian"): its value is on the same line, on its next lines, or in the
 * next unit. Returns the units used (0 when k is not a label). */
static size_t read_top_label(top *t, size_t k, tc_status *st)
{
    const tc_line *ln = unit_line(t, k);
    size_t at = 0;
    tc_field id = tc_field_label(ln->text, ln->len, &at);
    if (id != F_CITATION && id != F_SUMMARY && id != F_LANGUAGE &&
        id != F_TITLE && id != F_DATE && id != F_AUTHORS)
        return 0;
    if (at < ln->len)
        *st = tc_field_add(t->r, id, ln->no, ln->col, ln->text + at);
    if (*st == TC_OK && t->u[k].to - t->u[k].from > 1) {
        char *s = tc_lines_join(t->ls, t->u[k].from + 1, t->u[k].to, ' ');
        const tc_line *l2 = &t->ls->v[t->u[k].from + 1];
        *st = s ? tc_field_add(t->r, id, l2->no, l2->col, s) : TC_E_NOMEM;
        free(s);
        return 1;
    }
    if (*st == TC_OK && at == ln->len && k + 1 < t->n) {
        *st = set_from_unit(t, id, k + 1);
        return 2;
    }
    return 1;
}

/* A summary is a sentence or more; a closing signature ("N. Khrushchev")
 * or a date line at the end of the body is not one. */
static int reads_as_summary(const top *t, size_t k)
{
    char *s = unit_text(t, k);
    if (!s)
        return 0;
    size_t n = strlen(s), words = 1;
    for (size_t i = 0; i < n; i++)
        words += s[i] == ' ';
    while (n > 0 && strchr("\"')]", s[n - 1]))
        n--;
    /* ".", "!", "?", a closing curly quote, the CJK full stop "。" */
    int ends = n >= 3 && (strchr(".!?", s[n - 1]) ||
                          strncmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 ||
                          strncmp(s + n - 3, "\xE3\x80\x82", 3) == 0);
    free(s);
    return ends && (words >= 6 || n >= 40);
}

/* The mirror layout: the summary first, one to four paragraphs (each a
 * sentence or more), then the date, then the title. How many units from
 * k make the summary; 0 when they are not one (so that a summary's first
 * paragraph is never taken for the title). */
static size_t mirror_summary(const top *t, size_t k, const char *s)
{
    if (unit_is_date(t, k + 1))
        return t->dense || ends_sentence(s) ? 1 : 0;
    if (!ends_sentence(s))
        return 0;
    for (size_t j = k + 1; j + 1 < t->n && j <= k + 4; j++) {
        if (unit_is_date(t, j))
            return j - k;
        char *p = unit_text(t, j);
        int para = p && ends_sentence(p);
        free(p);
        if (!para)
            return 0;
    }
    return 0;
}

/* The main site's summary after the body: its last unit and, when two or
 * more blank lines stand between the body and it (as the site saves
 * them), the paragraphs before it up to that gap, each reading as a
 * summary (at most four; one body unit at k stays). How many units. */
static size_t tail_summary(const top *t, size_t k, size_t end)
{
    if (end <= k + 1 || !reads_as_summary(t, end - 1))
        return 0;
    for (size_t g = end - 1; g > k + 1 && end - g <= 4; g--) {
        if (t->u[g].from - t->u[g - 1].to >= 2)
            return end - g;
        if (!reads_as_summary(t, g - 1))
            break;
    }
    return 1;
}

/* A line that was not blank stood between units g-1 and g: a unit of
 * page chrome ("View document in English") was dropped there. */
static int chrome_before(const top *t, size_t g)
{
    for (size_t i = t->u[g - 1].to; i < t->u[g].from; i++)
        if (!t->ls->v[i].blank)
            return 1;
    return 0;
}

/* The older layout: the summary after the citation (labelled or not) and
 * before "View document in ...": the units from k up to that chrome line
 * are its further paragraphs when each ends a sentence (at most three).
 * How many; 0 when no chrome line follows that closely. */
static size_t older_summary_rest(const top *t, size_t k)
{
    for (size_t g = k; g < t->n && g <= k + 3; g++) {
        if (g > 0 && chrome_before(t, g))
            return g - k;
        char *p = unit_text(t, g);
        int para = p && ends_sentence(p);
        free(p);
        if (!para)
            return 0;
    }
    return 0;
}

static tc_status push_body_unit(top *t, size_t k)
{
    char *s = tc_lines_join(t->ls, t->u[k].from, t->u[k].to, '\n');
    if (!s)
        return TC_E_NOMEM;
    const tc_line *ln = unit_line(t, k);
    tc_status st = tc_blocks_push(&t->r->body, TC_BLOCK_PARA, s, (size_t)-1,
                                  ln->no, ln->col, NULL);
    free(s);
    return st;
}

/* Walk the units before the body; returns the first body unit. */
static size_t read_head(top *t, int *summary_at_top, tc_status *st)
{
    tc_record *r = t->r;
    int after_citation = 0;
    size_t k = 0;
    while (k < t->n && *st == TC_OK) {
        char *s = unit_text(t, k);
        if (!s) {
            *st = TC_E_NOMEM;
            return k;
        }
        char *funder = tc_credit_funder(s);
        size_t used = funder ? 0 : read_top_label(t, k, st);
        size_t mirror =
            !used && !r->title.text && !r->summary.text && !r->date.printed.text
                ? mirror_summary(t, k, s)
                : 0;
        int cit = 0, summary_here = 0; /* this unit began the summary */
        if (funder) {
            const tc_line *ln = unit_line(t, k);
            *st = tc_values_push_unique(&r->funders, funder, ln->no, ln->col);
            used = 1;
        } else if (used) {
            cit = tc_field_label(unit_line(t, k)->text, unit_line(t, k)->len,
                                 &(size_t){0}) == F_CITATION;
        } else if (!r->date.printed.text && unit_is_date(t, k)) {
            *st = set_from_unit(t, F_DATE, k);
            used = 1;
        } else if (!r->date.printed.text && t->u[k].to - t->u[k].from > 1 &&
                   tc_date_line_is_date(unit_line(t, k)->text)) {
            /* a date line run into the title (no blank line between) */
            const tc_line *ln = unit_line(t, k);
            *st = tc_field_add(r, F_DATE, ln->no, ln->col, ln->text);
            t->u[k].from++;
            free(funder);
            free(s);
            continue;
        } else if (!r->citation.text && is_citation(s)) {
            *st = set_from_unit(t, F_CITATION, k);
            used = cit = 1;
        } else if (mirror) {
            /* the mirror: summary first, then date and title */
            used = mirror;
            for (size_t j = k; j < k + used && *st == TC_OK; j++)
                *st = set_from_unit(t, F_SUMMARY, j);
            *summary_at_top = 1;
        } else if (!r->title.text && !(r->citation.text && ends_sentence(s))) {
            *st = set_from_unit(t, F_TITLE, k);
            used = 1;
        } else if (after_citation && !r->summary.text) {
            *st = set_from_unit(t, F_SUMMARY, k);
            *summary_at_top = used = 1;
            summary_here = 1;
        }
        if (used && tc_field_label(unit_line(t, k)->text, unit_line(t, k)->len,
                                   &(size_t){0}) == F_SUMMARY)
            *summary_at_top = summary_here = 1;
        if (summary_here && *st == TC_OK && !t->dense) {
            /* the older layout: more paragraphs before "View document" */
            size_t more = older_summary_rest(t, k + used);
            for (size_t j = k + used; j < k + used + more && *st == TC_OK; j++)
                *st = set_from_unit(t, F_SUMMARY, j);
            used += more;
        }
        free(funder);
        free(s);
        if (!used)
            break;
        after_citation = cit;
        k += used;
    }
    return k;
}

tc_status tc_page_read_top(tc_record *r, const tc_lines *ls, size_t from,
                           size_t to, int dense, int info_summary, tc_diags *d)
{
    top t = {r, ls, NULL, 0, dense, d};
    t.u = calloc(to - from + 1, sizeof(tc_unit));
    if (!t.u)
        return TC_E_NOMEM;
    t.n = tc_units_collect(ls, from, to, dense, t.u);
    tc_status st = strip_chrome(&t);
    if (st == TC_OK && is_tail_only(&t)) {
        tc_diags_add(d, TC_SEV_ERROR, "TC103", r->file, unit_line(&t, 0)->no, 1,
                     NULL, "save the whole document page, not only its end",
                     "only teaser blocks of other documents (date, title, "
                     "summary) stand before Document Information: the "
                     "document's own title and text are missing");
        free(t.u);
        return TC_E_INPUT;
    }
    int summary_at_top = 0;
    size_t k = st == TC_OK ? read_head(&t, &summary_at_top, &st) : t.n;
    size_t end = t.n;
    /* the main site puts the summary last, after the body */
    size_t tail =
        st == TC_OK && !summary_at_top && !r->summary.text && !info_summary
            ? tail_summary(&t, k, end)
            : 0;
    for (size_t j = end - tail; j < end && st == TC_OK; j++)
        st = set_from_unit(&t, F_SUMMARY, j);
    end -= tail;
    for (; st == TC_OK && k < end; k++)
        st = push_body_unit(&t, k);
    free(t.u);
    return st;
}
