/* record_fields.c: the labels of "Document Information" and of the
 * labelled format, values told apart by shape, and field values stored. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "record/lang.h"
#include "record/record_parse.h"
#include "record/source_parse.h"
#include "base/util.h"

typedef struct label_row {
    const char *label;
    tc_field id;
} label_row;

/* Longest labels first where one is a prefix of another. */
/* clang-format off */
static const label_row labels[] = {
    {"Title", F_TITLE},
    {"Date", F_DATE},
    {"Document Date", F_DATE},
    {"Summary", F_SUMMARY},
    {"Abstract", F_SUMMARY},
    {"Source", F_SOURCE},
    {"Rights", F_RIGHTS},
    {"Original Uploaded Date", F_UPLOADED},
    {"Uploaded Date", F_UPLOADED},
    {"Uploaded", F_UPLOADED},
    {"Language", F_LANGUAGE},
    {"Languages", F_LANGUAGE},
    {"Original Language", F_LANGUAGE},
    {"Original Languages", F_LANGUAGE},
    {"Original Language(s)", F_LANGUAGE},
    {"Record ID", F_RECORD_ID},
    {"Author(s)", F_AUTHORS},
    {"Author", F_AUTHORS},
    {"Authors", F_AUTHORS},
    {"Associated Places", F_PLACES},
    {"Places", F_PLACES},
    {"Subjects Discussed", F_SUBJECTS},
    {"Subjects", F_SUBJECTS},
    {"Associated People & Organizations", F_NAMES},
    {"Associated People and Organizations", F_NAMES},
    {"Associated People & Organisations", F_NAMES},
    {"Associated People and Organisations", F_NAMES},
    {"People & Organizations", F_NAMES},
    {"Associated Topics", F_TOPICS},
    {"Topics", F_TOPICS},
    {"Document Contributors", F_CONTRIBUTORS},
    {"Contributors", F_CONTRIBUTORS},
    {"Related Documents", F_RELATED},
    {"Original Archive", F_ARCHIVE},
    {"Original Classification", F_CLASSIFICATION},
    {"Classification", F_CLASSIFICATION},
    {"Funder", F_FUNDER},
    {"Funders", F_FUNDER},
    {"Funder(s)", F_FUNDER},
    {"Donor", F_FUNDER},
    {"Donors", F_FUNDER},
    {"Donor(s)", F_FUNDER},
    {"Sponsor", F_FUNDER},
    {"Publisher", F_PUBLISHER},
    {"Citation", F_CITATION},
    {"Type", F_DOCTYPE},
    {"Document Type", F_DOCTYPE},
    {"Collection", F_COLLECTION},
    {"Collections", F_COLLECTION},
    {"Translator", F_TRANSLATOR},
    {"Translators", F_TRANSLATOR},
    {"Translated by", F_TRANSLATOR},
};
/* clang-format on */

tc_field tc_field_label(const char *s, size_t len, size_t *value_at)
{
    tc_field best = F_NONE;
    size_t best_n = 0, best_at = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t p = tc_text_prefix(s, len, labels[i].label);
        if (!p || p <= best_n)
            continue;
        size_t q = p;
        while (q < len && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (q == len) {
            best = labels[i].id, best_n = p, best_at = len;
            continue;
        }
        if (s[q] != ':')
            continue;
        q++;
        while (q < len && (s[q] == ' ' || s[q] == '\t'))
            q++;
        if (q == len || value_at)
            best = labels[i].id, best_n = p, best_at = q;
    }
    if (best != F_NONE && value_at)
        *value_at = best_at;
    return best;
}

int tc_field_is_info(tc_field id)
{
    return id == F_SOURCE || id == F_RIGHTS || id == F_UPLOADED ||
           id == F_RECORD_ID || id == F_PLACES || id == F_SUBJECTS ||
           id == F_NAMES || id == F_TOPICS || id == F_CONTRIBUTORS ||
           id == F_RELATED || id == F_ARCHIVE || id == F_CLASSIFICATION ||
           id == F_LANGUAGE || id == F_AUTHORS || id == F_DOCTYPE ||
           id == F_COLLECTION;
}

static int contains_ci(const char *s, const char *w)
{
    return tc_find_ci(s, strlen(s), w) != NULL;
}

static int all_digits(const char *s, size_t max)
{
    size_t n = 0;
    while (isdigit((unsigned char)s[n]))
        n++;
    return n > 0 && n <= max && s[n] == '\0';
}

/* Each part of "Russian, Chinese" / "Russian and Chinese" names a known
 * language. */
static int is_language_list(const char *s)
{
    char *copy = tc_strdup(s);
    if (!copy)
        return 0;
    int ok = 1, parts = 0;
    char *p = copy;
    while (ok && *p) {
        size_t n = strcspn(p, ",;/&");
        char *next = p + n + (p[n] ? 1 : 0);
        p[n] = '\0';
        char *and = strstr(p, " and ");
        if (and)
            *and = '\0';
        const char *b, *i;
        while (*p == ' ')
            p++;
        if (*p) {
            ok = tc_lang_lookup(p, &b, &i);
            parts++;
        }
        if (ok && and) {
            p = and+5;
            continue;
        }
        p = next;
    }
    free(copy);
    return ok && parts > 0;
}

static int is_classification(const char *s)
{
    /* clang-format off */
    static const char *const cls[] = {
        "Top Secret", "Secret", "Strictly Secret", "Confidential",
        "Strictly Confidential", "Restricted", "Unclassified",
        "Top Secret Special Importance", "Secret/NOFORN", "Limited Official Use",
        "For Official Use Only", "Eyes Only", "Declassified"};
    for (size_t i = 0; i < sizeof cls / sizeof cls[0]; i++)
        if (tc_text_is(s, strlen(s), cls[i]))
            return 1;
    return 0;
}

static int is_iso_day(const char *s)
{
    return strlen(s) == 10 && isdigit((unsigned char)s[0]) && s[4] == '-' &&
           s[7] == '-' && isdigit((unsigned char)s[9]);
}

tc_field tc_field_guess(const char *s)
{
    if (all_digits(s, 12))
        return F_RECORD_ID;
    if (is_iso_day(s))
        return F_UPLOADED;
    if (contains_ci(s, "welcomes reuse") || contains_ci(s, "copyright") ||
        contains_ci(s, "rights holder") || contains_ci(s, "creative commons"))
        return F_RIGHTS;
    char *f = tc_credit_funder(s);
    if (f) {
        free(f);
        return F_FUNDER;
    }
    if (is_classification(s))
        return F_CLASSIFICATION;
    if (contains_ci(s, "translated by") || contains_ci(s, "translated for") ||
        contains_ci(s, "contributed by") || contains_ci(s, "obtained by") ||
        contains_ci(s, "fond ") || contains_ci(s, "opis ") ||
        contains_ci(s, "delo ") || contains_ci(s, "archive, "))
        return F_SOURCE;
    if (is_language_list(s))
        return F_LANGUAGE;
    return F_NONE;
}

/* The text still to be joined onto one single-valued field while
 * tc_fields_read goes through its lines: appended here, in time linear in
 * the text however many lines it has, and moved into the field by
 * joiner_flush. Until then the field holds its first value, so it reads
 * as set. The joiner owns b. */
typedef struct joiner {
    tc_value *dst; /* the field being joined, or NULL */
    tc_buf b;      /* its whole text so far */
} joiner;

static tc_status joiner_flush(joiner *j)
{
    if (!j || !j->dst)
        return TC_OK;
    char *text = tc_buf_take(&j->b);
    tc_value *v = j->dst;
    j->dst = NULL;
    if (!text)
        return TC_E_NOMEM;
    free(v->text);
    v->text = text;
    return TC_OK;
}

/* text appended to v after sep (v's first value: set); with j, through
 * it, else at once. */
static tc_status values_or_join(joiner *j, tc_value *v, const char *text,
                                char sep, long line, long col)
{
    if (!v->text)
        return tc_value_set(v, text, (size_t)-1, line, col);
    if (!j) {
        char *joined = tc_asprintf("%s%c%s", v->text, sep, text);
        if (!joined)
            return TC_E_NOMEM;
        free(v->text);
        v->text = joined;
        return TC_OK;
    }
    if (j->dst != v) {
        tc_status st = joiner_flush(j);
        if (st != TC_OK)
            return st;
        j->dst = v;
        tc_buf_puts(&j->b, v->text);
    }
    tc_buf_putc(&j->b, sep);
    tc_buf_puts(&j->b, text);
    return j->b.failed ? TC_E_NOMEM : TC_OK;
}

/* "Russian, Chinese" / "Russian and Chinese": one language each. */
static tc_status add_languages(tc_record *r, long line, long col,
                               const char *text)
{
    if (!is_language_list(text))
        return tc_langs_push(&r->languages, text, (size_t)-1, line, col);
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, ",;/&");
        const char *and = strstr(p, " and ");
        if (and && (size_t)(and - p) < n)
            n = (size_t)(and - p);
        size_t s = 0;
        while (s < n && p[s] == ' ')
            s++;
        size_t e = n;
        while (e > s && p[e - 1] == ' ')
            e--;
        if (e > s) {
            tc_status st = tc_langs_push(&r->languages, p + s, e - s, line,
                                         col + (long)(p - text) + (long)s);
            if (st != TC_OK)
                return st;
        }
        p += n;
        if (strncmp(p, " and ", 5) == 0)
            p += 5;
        else if (*p)
            p++;
    }
    return TC_OK;
}

static tc_status add_funder(tc_record *r, long line, long col,
                            const char *text)
{
    char *f = tc_credit_funder(text);
    tc_status st = tc_values_push_unique(&r->funders, f ? f : text, line,
                                         col);
    free(f);
    return st;
}

static tc_status field_add(tc_record *r, tc_field id, long no, long col,
                           const char *text, joiner *j)
{
    size_t n = (size_t)-1;
    switch (id) {
    case F_TITLE: return values_or_join(j, &r->title, text, ' ', no, col);
    case F_SUMMARY: return values_or_join(j, &r->summary, text, ' ', no, col);
    case F_DATE:
        return values_or_join(j, &r->date.printed, text, ' ', no, col);
    case F_SOURCE:
        return values_or_join(j, &r->source.printed, text, ' ', no, col);
    case F_CITATION: return values_or_join(j, &r->citation, text, ' ', no, col);
    case F_RIGHTS: return tc_values_push(&r->rights, text, n, no, col);
    case F_UPLOADED: return values_or_join(j, &r->uploaded, text, ' ', no, col);
    case F_LANGUAGE: return add_languages(r, no, col, text);
    case F_RECORD_ID:
        return values_or_join(j, &r->record_id, text, ' ', no, col);
    case F_AUTHORS:
        return tc_names_push(&r->authors, text, n, no, col,
                             tc_name_guess_kind(text));
    case F_PLACES: return tc_values_push(&r->places, text, n, no, col);
    case F_SUBJECTS: return tc_values_push(&r->subjects, text, n, no, col);
    case F_NAMES:
        return tc_names_push(&r->names, text, n, no, col,
                             tc_name_guess_kind(text));
    case F_TOPICS: return tc_values_push(&r->topics, text, n, no, col);
    case F_CONTRIBUTORS:
        return tc_values_push(&r->contributors, text, n, no, col);
    case F_RELATED: return tc_values_push(&r->related, text, n, no, col);
    case F_ARCHIVE: return tc_values_push(&r->archive, text, n, no, col);
    case F_CLASSIFICATION:
        return tc_values_push(&r->classification, text, n, no, col);
    case F_FUNDER: return add_funder(r, no, col, text);
    case F_PUBLISHER:
        return values_or_join(j, &r->publisher, text, ' ', no, col);
    case F_DOCTYPE: return tc_values_push(&r->doc_types, text, n, no, col);
    case F_COLLECTION:
        return tc_values_push(&r->collections, text, n, no, col);
    case F_TRANSLATOR:
        return tc_resps_push(&r->source.resps, "translated by", text, NULL);
    case F_NONE: break;
    }
    return TC_OK;
}

static tc_status field_add_para(tc_record *r, tc_field id, long no, long col,
                                const char *text, joiner *j)
{
    if (id != F_SUMMARY || !r->summary.text)
        return field_add(r, id, no, col, text, j);
    return values_or_join(j, &r->summary, text, '\n', no, col);
}

tc_status tc_field_add_para(tc_record *r, tc_field id, long no, long col,
                            const char *text)
{
    return field_add_para(r, id, no, col, text, NULL);
}

tc_status tc_field_add(tc_record *r, tc_field id, long no, long col,
                       const char *text)
{
    return field_add(r, id, no, col, text, NULL);
}

char *tc_credit_funder(const char *text)
{
    static const char *const leads[] = {
        "made possible with support from ", "made possible with the support of ",
        "made possible by support from ", "made possible by ",
        "with generous support from ", "donated by ", "gift of ",
        "funded by ", "with support from ", "support provided by "};
    for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
        size_t n = strlen(leads[i]), len = strlen(text);
        for (const char *p = tc_find_ci(text, len, leads[i]); p;
             p = tc_find_ci(p + 1, len - (size_t)(p + 1 - text), leads[i])) {
            if (p != text && p[-1] != ' ')
                continue;
            /* only a credit when it is the sentence's point, near its start */
            if (p - text > 60)
                return NULL;
            p += n;
            if (strncasecmp(p, "the ", 4) == 0)
                p += 4;
            size_t l = strlen(p);
            while (l > 0 && (p[l - 1] == '.' || p[l - 1] == ' '))
                l--;
            return l ? tc_strndup(p, l) : NULL;
        }
    }
    return NULL;
}

/* Multi-valued fields take one value per line. */
static int is_multi(tc_field id)
{
    return id == F_AUTHORS || id == F_PLACES || id == F_SUBJECTS ||
           id == F_NAMES || id == F_TOPICS || id == F_CONTRIBUTORS ||
           id == F_RELATED || id == F_ARCHIVE || id == F_CLASSIFICATION ||
           id == F_LANGUAGE || id == F_FUNDER || id == F_DOCTYPE ||
           id == F_COLLECTION || id == F_TRANSLATOR;
}

static int field_is_set(const tc_record *r, tc_field id)
{
    switch (id) {
    case F_TITLE: return r->title.text != NULL;
    case F_DATE: return r->date.printed.text != NULL;
    case F_SOURCE: return r->source.printed.text != NULL;
    case F_UPLOADED: return r->uploaded.text != NULL;
    case F_RECORD_ID: return r->record_id.text != NULL;
    case F_CITATION: return r->citation.text != NULL;
    case F_PUBLISHER: return r->publisher.text != NULL;
    default: return 0;
    }
}

/* Where a value under label cur goes: cur itself, unless its shape says
 * it is a value of another field that has lost its label. */
static tc_field target_of(const tc_record *r, tc_field cur, const char *v)
{
    tc_field g = tc_field_guess(v);
    if (cur == F_NONE || g == cur || g == F_NONE)
        return cur == F_NONE ? g : cur;
    if (cur == F_LANGUAGE || cur == F_RECORD_ID || cur == F_UPLOADED ||
        cur == F_CLASSIFICATION)
        return field_is_set(r, g) && !is_multi(g) ? cur : g;
    /* strong shapes win over lists and already-filled single fields */
    if ((g == F_RECORD_ID || g == F_UPLOADED) && !field_is_set(r, g) &&
        (is_multi(cur) || field_is_set(r, cur) || cur == F_RIGHTS))
        return g;
    if (g == F_RIGHTS && cur != F_SUMMARY && cur != F_SOURCE)
        return g;
    return cur;
}

tc_status tc_record_drop(tc_record *r, const tc_line *ln, const char *why,
                         tc_diags *d)
{
    tc_diags_add(d, TC_SEV_NOTE, "TC110", r->file, ln->no, ln->col, NULL,
                 NULL, "%s dropped: \"%.80s\"", why, ln->text);
    return tc_values_push(&r->dropped, ln->text, ln->len, ln->no, ln->col);
}

/* One value (a line, or a paragraph of lines [p, q)) under label cur. */
static tc_status take_value(tc_record *r, tc_field cur, const tc_line *ln,
                            const char *val, int para, joiner *j, tc_diags *d)
{
    tc_field t = target_of(r, cur, val);
    if (t == F_NONE) {
        tc_diags_add(d, TC_SEV_WARNING, "TC120", r->file, ln->no, ln->col,
                     NULL, "the line is listed as dropped in the report",
                     "line without a known label in Document "
                     "Information: \"%.60s\"", val);
        return tc_values_push(&r->dropped, val, (size_t)-1, ln->no, ln->col);
    }
    if (t != cur && cur != F_NONE)
        tc_diags_add(d, TC_SEV_NOTE, "TC121", r->file, ln->no, ln->col, NULL,
                     "check the labels of Document Information",
                     "\"%.40s\" read as a value of another field than the "
                     "label above it", val);
    return para ? field_add_para(r, t, ln->no, ln->col, val, j)
                : field_add(r, t, ln->no, ln->col, val, j);
}

/* The lines [from, to) of Document Information or of the labelled
 * header. A field's many lines or paragraphs are joined through a joiner,
 * so the time is linear in the text. */
static tc_status fields_read(tc_record *r, const tc_lines *ls, size_t from,
                             size_t to, int per_line, joiner *j, tc_diags *d)
{
    tc_field cur = F_NONE;
    size_t i = from;
    while (i < to) {
        const tc_line *ln = &ls->v[i];
        size_t at = 0;
        tc_field id = ln->blank ? F_NONE : tc_field_label(ln->text, ln->len,
                                                          &at);
        tc_status st = TC_OK;
        if (ln->blank) {
            i++;
            continue;
        }
        if (id != F_NONE) {
            cur = id;
            /* "Summary:" again: its next paragraph */
            if (at < ln->len)
                st = field_add_para(r, id, ln->no, ln->col, ln->text + at, j);
            i++;
        } else if (tc_line_is_chrome(ln)) {
            st = tc_record_drop(r, ln, "page chrome", d);
            i++;
        } else {
            /* a value: one line, or a paragraph for flowing fields */
            size_t q = i + 1, vat = 0;
            tc_field g = tc_field_guess(ln->text);
            int flowing = !per_line && !is_multi(cur) && cur != F_NONE &&
                          (g == F_NONE || g == cur);
            while (flowing && q < to && !ls->v[q].blank &&
                   tc_field_label(ls->v[q].text, ls->v[q].len, &vat) ==
                       F_NONE &&
                   !tc_line_is_chrome(&ls->v[q]))
                q++;
            char *val = tc_lines_join(ls, i, q, ' ');
            if (!val)
                return TC_E_NOMEM;
            /* a paragraph of a flowing field (Summary) is one of its
             * paragraphs; a line of the labelled header continues it */
            st = take_value(r, cur, ln, val, !per_line, j, d);
            free(val);
            i = q;
        }
        if (st != TC_OK)
            return st;
    }
    return TC_OK;
}

tc_status tc_fields_read(tc_record *r, const tc_lines *ls, size_t from,
                         size_t to, int per_line, tc_diags *d)
{
    joiner j = {NULL, {0}};
    tc_status st = fields_read(r, ls, from, to, per_line, &j, d);
    tc_status fl = joiner_flush(&j);
    tc_buf_free(&j.b);
    return st != TC_OK ? st : fl;
}

/* clang-format on */
