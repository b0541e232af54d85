/* record_infer.c: what a record states only implicitly: title, date, source
 * from the citation; date from title or telegram; body classification. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "record/record_parse.h"
#include "record/source_parse.h"
#include "base/util.h"

/* Bytes of an opening (want_open) or closing quote at p, 0 if none. */
static size_t quote_len(const char *p, int want_open)
{
    const unsigned char *u = (const unsigned char *)p;
    if (*u == '"')
        return 1;
    if (u[0] == 0xE2 && u[1] == 0x80)
        if ((want_open && (u[2] == 0x9C || u[2] == 0x98)) ||
            (!want_open && (u[2] == 0x9D || u[2] == 0x99)))
            return 3;
    return 0;
}

/* The quoted title at the start of a citation; *rest gets what follows. */
static char *citation_title(const char *cit, const char **rest)
{
    size_t q = quote_len(cit, 1);
    if (!q)
        return NULL;
    const char *s = cit + q;
    for (const char *p = s; *p; p++) {
        size_t c = quote_len(p, 0);
        if (!c)
            continue;
        size_t n = (size_t)(p - s);
        while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ' '))
            n--;
        *rest = p + c;
        return n ? tc_strndup(s, n) : NULL;
    }
    return NULL;
}

/* Letters and digits only, lower-cased (ASCII), for loose comparison. */
static char *loose(const char *s)
{
    tc_buf b = {0};
    for (; *s; s++)
        if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)
            tc_buf_putc(&b, (char)tolower((unsigned char)*s));
    return tc_buf_take(&b);
}

static int same_loosely(const char *a, const char *b)
{
    char *x = loose(a), *y = loose(b);
    int same = x && y && (strstr(x, y) || strstr(y, x));
    free(x);
    free(y);
    return same;
}

static int all_caps(const char *s)
{
    int upper = 0;
    for (; *s; s++) {
        if (islower((unsigned char)*s))
            return 0;
        upper += isupper((unsigned char)*s) != 0;
    }
    return upper > 3;
}

/* The citation's title replaces a missing title, or a title printed in
 * capitals; a top "title" that is really the first paragraph goes back to
 * the body. */
static tc_status title_from_citation(tc_record *r, const char *ct, tc_diags *d)
{
    const tc_value *c = &r->citation;
    if (!r->title.text) {
        tc_diags_add(d, TC_SEV_NOTE, "TC132", r->file, c->line, c->col, NULL,
                     NULL,
                     "no title line: the title is taken from the "
                     "citation");
        return tc_value_set(&r->title, ct, (size_t)-1, c->line, c->col);
    }
    if (same_loosely(r->title.text, ct)) {
        if (!all_caps(r->title.text) || all_caps(ct))
            return TC_OK;
        return tc_value_set(&r->title, ct, (size_t)-1, r->title.line,
                            r->title.col);
    }
    return TC_OK;
}

/* "…," January 20, 1967, History and Public Policy Program Digital Archive,
 * SOURCE. https://… : date and source when the record lacks them. */
static tc_status from_citation_rest(tc_record *r, const char *rest, tc_diags *d)
{
    while (*rest == ' ' || *rest == ',')
        rest++;
    const char *da = strstr(rest, "Digital Archive");
    if (!da)
        return TC_OK;
    tc_status st = TC_OK;
    if (!r->date.printed.text && da > rest) {
        const char *comma = rest;
        /* the date runs to the comma before the program's name */
        const char *prog = strstr(rest, "History and Public Policy");
        const char *end = prog && prog < da ? prog : da;
        comma = end;
        while (comma > rest && (comma[-1] == ' ' || comma[-1] == ','))
            comma--;
        char *ds = tc_strndup(rest, (size_t)(comma - rest));
        if (!ds)
            return TC_E_NOMEM;
        if (*ds && tc_date_line_is_date(ds)) {
            tc_diags_add(d, TC_SEV_NOTE, "TC131", r->file, r->citation.line,
                         r->citation.col, NULL, NULL,
                         "no date line: the date \"%s\" is taken from the "
                         "citation",
                         ds);
            st = tc_value_set(&r->date.printed, ds, (size_t)-1,
                              r->citation.line, r->citation.col);
        }
        free(ds);
    }
    if (st != TC_OK || r->source.printed.text)
        return st;
    const char *src = da + strlen("Digital Archive");
    while (*src == ',' || *src == ' ' || *src == '.')
        src++;
    const char *url = strstr(src, "http");
    size_t n = url ? (size_t)(url - src) : strlen(src);
    while (n > 0 && src[n - 1] == ' ')
        n--;
    if (n > 0)
        st = tc_value_set(&r->source.printed, src, n, r->citation.line,
                          r->citation.col);
    return st;
}

static tc_status use_citation(tc_record *r, tc_diags *d)
{
    if (!r->citation.text)
        return TC_OK;
    const char *rest = NULL;
    char *ct = citation_title(r->citation.text, &rest);
    tc_status st = TC_OK;
    if (ct)
        st = title_from_citation(r, ct, d);
    if (st == TC_OK && rest)
        st = from_citation_rest(r, rest, d);
    free(ct);
    return st;
}

/* No date line: a date inside the title, else in a telegram header at the
 * top of the body ("26/X/62"). */
static tc_status date_from_text(tc_record *r, tc_diags *d)
{
    const tc_value *src[3] = {&r->title, NULL, NULL};
    const char *what[3] = {"title", "first lines of the body",
                           "first lines of the body"};
    for (size_t b = 0; b < r->body.n && b < 2; b++)
        src[b + 1] = &r->body.v[b].text;
    for (size_t i = 0; i < 3; i++) {
        if (!src[i] || !src[i]->text)
            continue;
        size_t at = 0, len = 0;
        if (!tc_date_find(src[i]->text, &r->date, &at, &len))
            continue;
        tc_diags_add(d, TC_SEV_NOTE, "TC131", r->file, src[i]->line,
                     src[i]->col, NULL, NULL,
                     "no date line: the date \"%.*s\" is taken from the %s",
                     (int)len, src[i]->text + at, what[i]);
        return tc_value_set(&r->date.printed, src[i]->text + at, len,
                            src[i]->line, src[i]->col + (long)at);
    }
    return TC_OK;
}

static tc_status read_dates(tc_record *r, tc_diags *d)
{
    if (!r->date.printed.text)
        return r->title.text ? date_from_text(r, d) : TC_OK;
    if (!tc_date_read(r->date.printed.text, &r->date))
        tc_diags_add(d, TC_SEV_WARNING, "TC130", r->file, r->date.printed.line,
                     r->date.printed.col, NULL,
                     "the date is kept as printed without an ISO form",
                     "cannot read the date \"%s\"", r->date.printed.text);
    return TC_OK;
}

static void read_uploaded(tc_record *r, tc_diags *d)
{
    if (!r->uploaded.text)
        return;
    tc_date up;
    memset(&up, 0, sizeof up);
    if (tc_date_read(r->uploaded.text, &up) && up.when) {
        r->uploaded_iso = up.when;
        up.when = NULL;
    } else {
        tc_diags_add(d, TC_SEV_WARNING, "TC133", r->file, r->uploaded.line,
                     r->uploaded.col, NULL,
                     "the uploaded date is kept as printed",
                     "cannot read the uploaded date \"%s\"", r->uploaded.text);
    }
    free(up.when);
    free(up.from);
    free(up.to);
    free(up.not_before);
    free(up.not_after);
}

/* Classification marks at the head of the body ("Top Secret", "Strictly
 * Confidential") when Document Information names none; the body keeps
 * its line, the header gets a note. */
static tc_status classification_from_body(tc_record *r)
{
    if (r->classification.n || !r->body.n)
        return TC_OK;
    for (size_t b = 0; b < r->body.n && b < 2; b++) {
        const tc_value *v = &r->body.v[b].text;
        const char *p = v->text;
        for (int line = 0; p && *p && line < 4; line++) {
            size_t n = strcspn(p, "\n");
            char *l = tc_strndup(p, n);
            if (!l)
                return TC_E_NOMEM;
            tc_status st = TC_OK;
            if (tc_field_guess(l) == F_CLASSIFICATION)
                st = tc_values_push(&r->classification, l, (size_t)-1,
                                    v->line + line, v->col);
            free(l);
            if (st != TC_OK || r->classification.n)
                return st;
            p += n + (p[n] == '\n');
        }
    }
    return TC_OK;
}

tc_status tc_record_infer(tc_record *r, tc_diags *d)
{
    tc_status st = use_citation(r, d);
    if (st == TC_OK)
        st = read_dates(r, d);
    read_uploaded(r, d);
    if (st == TC_OK && r->source.printed.text)
        st = tc_source_split(&r->source);
    if (st == TC_OK)
        st = classification_from_body(r);
    return st;
}
