/* record_parse.c: decoded text of a saved Digital Archive page (or of the
 * labelled "Label: value" format) into the record model of record.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "record.h"
#include "source_parse.h"
#include "util.h"

/* One input line, trimmed of trailing space; text points into the copy. */
typedef struct line {
    char *text;
    size_t len;
    long no;        /* 1-based line number */
    long col;       /* 1-based column of the first non-space character */
    int blank;
} line;

typedef struct lines {
    line *v;
    size_t n;
    char *buf;
} lines;

/* Fields of "Document Information" and of the labelled format. */
typedef enum field_id {
    F_NONE = 0, F_TITLE, F_DATE, F_SUMMARY, F_SOURCE, F_RIGHTS, F_UPLOADED,
    F_LANGUAGE, F_RECORD_ID, F_AUTHORS, F_PLACES, F_SUBJECTS, F_NAMES,
    F_TOPICS, F_CONTRIBUTORS, F_RELATED, F_ARCHIVE, F_CLASSIFICATION,
    F_FUNDER, F_PUBLISHER
} field_id;

typedef struct label_row {
    const char *label;
    field_id id;
} label_row;

static const label_row labels[] = {
    {"Title", F_TITLE},
    {"Date", F_DATE},
    {"Summary", F_SUMMARY},
    {"Source", F_SOURCE},
    {"Rights", F_RIGHTS},
    {"Original Uploaded Date", F_UPLOADED},
    {"Language", F_LANGUAGE},
    {"Languages", F_LANGUAGE},
    {"Record ID", F_RECORD_ID},
    {"Author(s)", F_AUTHORS},
    {"Author", F_AUTHORS},
    {"Authors", F_AUTHORS},
    {"Associated Places", F_PLACES},
    {"Subjects Discussed", F_SUBJECTS},
    {"Associated People & Organizations", F_NAMES},
    {"Associated People and Organizations", F_NAMES},
    {"Associated Topics", F_TOPICS},
    {"Document Contributors", F_CONTRIBUTORS},
    {"Related Documents", F_RELATED},
    {"Original Archive", F_ARCHIVE},
    {"Original Classification", F_CLASSIFICATION},
    {"Funder", F_FUNDER},
    {"Publisher", F_PUBLISHER},
    {"Donor", F_FUNDER},
};

/* The field a whole line names (optionally followed by a colon), or
 * F_NONE. With value_at, a "Label: value" line also matches and
 * *value_at gets the offset of the value. */
static field_id label_of(const char *s, size_t len, size_t *value_at)
{
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
        size_t n = strlen(labels[i].label);
        if (len < n || strncasecmp(s, labels[i].label, n) != 0)
            continue;
        size_t p = n;
        if (p == len) {
            if (value_at)
                *value_at = len;
            return labels[i].id;
        }
        if (s[p] != ':')
            continue;
        p++;
        while (p < len && s[p] == ' ')
            p++;
        if (p == len || value_at) {
            if (value_at)
                *value_at = p;
            return labels[i].id;
        }
    }
    return F_NONE;
}

static void lines_free(lines *ls)
{
    free(ls->v);
    free(ls->buf);
}

static tc_status lines_split(const char *text, size_t len, lines *ls)
{
    memset(ls, 0, sizeof *ls);
    ls->buf = tc_strndup(text, len);
    if (!ls->buf)
        return TC_E_NOMEM;
    size_t count = 1;
    for (size_t i = 0; i < len; i++)
        count += text[i] == '\n';
    ls->v = calloc(count, sizeof(line));
    if (!ls->v)
        return TC_E_NOMEM;
    char *p = ls->buf;
    long no = 1;
    for (;;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        size_t l = strlen(p);
        while (l > 0 && isspace((unsigned char)p[l - 1]))
            p[--l] = '\0';
        size_t lead = 0;
        while (lead < l && isspace((unsigned char)p[lead]))
            lead++;
        line *ln = &ls->v[ls->n++];
        ln->text = p + lead;
        ln->len = l - lead;
        ln->no = no++;
        ln->col = (long)lead + 1;
        ln->blank = ln->len == 0;
        if (!nl)
            break;
        p = nl + 1;
    }
    return TC_OK;
}

/* Lines of page chrome dropped on purpose (they are reported as such). */
static int is_chrome(const line *ln)
{
    static const char *const chrome[] = {"Skip to content", "Skip to main content"};
    for (size_t i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
        if (strcasecmp(ln->text, chrome[i]) == 0)
            return 1;
    return 0;
}

/* Join the non-blank lines [from, to) into one value, separated by sep. */
static char *join_lines_sep(const lines *ls, size_t from, size_t to, char sep)
{
    tc_buf b = {0};
    for (size_t i = from; i < to; i++) {
        if (ls->v[i].blank)
            continue;
        if (b.len)
            tc_buf_putc(&b, sep);
        tc_buf_put(&b, ls->v[i].text, ls->v[i].len);
    }
    return tc_buf_take(&b);
}

static char *join_lines(const lines *ls, size_t from, size_t to)
{
    return join_lines_sep(ls, from, to, ' ');
}

/* Body paragraphs keep their line breaks for tc_body_classify. */
static tc_status push_body(tc_record *r, const lines *ls, size_t from,
                           size_t to)
{
    char *t = join_lines_sep(ls, from, to, '\n');
    if (!t)
        return TC_E_NOMEM;
    tc_status st = tc_blocks_push(&r->body, TC_BLOCK_PARA, t, (size_t)-1,
                                  ls->v[from].no, ls->v[from].col, NULL);
    free(t);
    return st;
}

static tc_status add_value(tc_record *r, field_id id, const line *ln,
                           const char *text)
{
    long no = ln->no, col = ln->col;
    size_t n = (size_t)-1;
    switch (id) {
    case F_TITLE: return tc_value_set(&r->title, text, n, no, col);
    case F_SUMMARY:
        if (r->summary.text) {
            char *joined = tc_asprintf("%s %s", r->summary.text, text);
            if (!joined)
                return TC_E_NOMEM;
            tc_status st = tc_value_set(&r->summary, joined, n,
                                        r->summary.line, r->summary.col);
            free(joined);
            return st;
        }
        return tc_value_set(&r->summary, text, n, no, col);
    case F_DATE: return tc_value_set(&r->date.printed, text, n, no, col);
    case F_SOURCE: return tc_value_set(&r->source.printed, text, n, no, col);
    case F_RIGHTS: return tc_values_push(&r->rights, text, n, no, col);
    case F_UPLOADED: return tc_value_set(&r->uploaded, text, n, no, col);
    case F_LANGUAGE: return tc_langs_push(&r->languages, text, n, no, col);
    case F_RECORD_ID: return tc_value_set(&r->record_id, text, n, no, col);
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
    case F_FUNDER: return tc_values_push(&r->funders, text, n, no, col);
    case F_PUBLISHER: return tc_value_set(&r->publisher, text, n, no, col);
    case F_NONE: break;
    }
    return TC_OK;
}

/* Multi-valued fields take one value per line; the others join their
 * lines into paragraphs (Rights keeps one value per paragraph). */
static int is_multi(field_id id)
{
    return id == F_AUTHORS || id == F_PLACES || id == F_SUBJECTS ||
           id == F_NAMES || id == F_TOPICS || id == F_CONTRIBUTORS ||
           id == F_RELATED || id == F_ARCHIVE || id == F_CLASSIFICATION ||
           id == F_LANGUAGE || id == F_FUNDER;
}

/* Read label/value pairs in lines [from, to). */
static tc_status read_fields(tc_record *r, const lines *ls, size_t from,
                             size_t to, tc_diags *d)
{
    size_t i = from;
    while (i < to) {
        const line *ln = &ls->v[i];
        if (ln->blank) {
            i++;
            continue;
        }
        size_t at = 0;
        field_id id = label_of(ln->text, ln->len, &at);
        if (id == F_NONE) {
            tc_diags_add(d, TC_SEV_WARNING, "TC120", r->file, ln->no, ln->col,
                         NULL, "the line is kept as a note in the report",
                         "line without a known label in Document "
                         "Information: \"%.60s\"", ln->text);
            tc_status st = tc_values_push(&r->dropped, ln->text, ln->len,
                                          ln->no, ln->col);
            if (st != TC_OK)
                return st;
            i++;
            continue;
        }
        /* value on the same line after a colon */
        if (at < ln->len) {
            tc_status st = add_value(r, id, ln, ln->text + at);
            if (st != TC_OK)
                return st;
        }
        i++;
        /* value lines up to the next label */
        size_t start = i;
        while (i < to && (ls->v[i].blank ||
                          label_of(ls->v[i].text, ls->v[i].len, NULL) ==
                              F_NONE))
            i++;
        size_t p = start;
        while (p < i) {
            if (ls->v[p].blank) {
                p++;
                continue;
            }
            size_t q = p;
            if (is_multi(id)) {
                q = p + 1;
            } else {
                while (q < i && !ls->v[q].blank)
                    q++;
            }
            char *val = join_lines(ls, p, q);
            if (!val)
                return TC_E_NOMEM;
            tc_status st = add_value(r, id, &ls->v[p], val);
            free(val);
            if (st != TC_OK)
                return st;
            p = q;
        }
    }
    return TC_OK;
}

/* Paragraphs of lines [from, to): runs of non-blank lines. */
typedef struct para {
    size_t from, to;
} para;

static size_t collect_paras(const lines *ls, size_t from, size_t to,
                            para *out, size_t max)
{
    size_t n = 0;
    size_t i = from;
    while (i < to && n < max) {
        while (i < to && ls->v[i].blank)
            i++;
        if (i >= to)
            break;
        size_t s = i;
        while (i < to && !ls->v[i].blank)
            i++;
        out[n].from = s;
        out[n].to = i;
        n++;
    }
    return n;
}

static tc_status parse_page(tc_record *r, const lines *ls, size_t info_at,
                            tc_diags *d)
{
    size_t i = 0;
    /* chrome at the top */
    while (i < info_at && (ls->v[i].blank || is_chrome(&ls->v[i]))) {
        if (!ls->v[i].blank) {
            tc_status st = tc_values_push(&r->dropped, ls->v[i].text,
                                          ls->v[i].len, ls->v[i].no,
                                          ls->v[i].col);
            if (st != TC_OK)
                return st;
        }
        i++;
    }
    para *ps = calloc(info_at + 1, sizeof(para));
    if (!ps)
        return TC_E_NOMEM;
    size_t np = collect_paras(ls, i, info_at, ps, info_at + 1);
    size_t k = 0;
    tc_status st = TC_OK;
    if (k < np && ps[k].to - ps[k].from == 1 &&
        tc_date_line_is_date(ls->v[ps[k].from].text)) {
        const line *ln = &ls->v[ps[k].from];
        st = tc_value_set(&r->date.printed, ln->text, ln->len, ln->no, ln->col);
        k++;
    }
    if (st == TC_OK && k < np) {
        char *t = join_lines(ls, ps[k].from, ps[k].to);
        st = t ? tc_value_set(&r->title, t, (size_t)-1, ls->v[ps[k].from].no,
                              ls->v[ps[k].from].col)
               : TC_E_NOMEM;
        free(t);
        k++;
    }
    /* the last paragraph before Document Information is the summary */
    size_t body_end = np;
    if (st == TC_OK && np > k + 1) {
        body_end = np - 1;
        char *t = join_lines(ls, ps[body_end].from, ps[body_end].to);
        st = t ? tc_value_set(&r->summary, t, (size_t)-1,
                              ls->v[ps[body_end].from].no,
                              ls->v[ps[body_end].from].col)
               : TC_E_NOMEM;
        free(t);
    }
    for (size_t p = k; st == TC_OK && p < body_end; p++)
        st = push_body(r, ls, ps[p].from, ps[p].to);
    free(ps);
    (void)d;
    return st;
}

/* The labelled format: "Label: value" header lines, a blank line, body. */
static tc_status parse_labelled(tc_record *r, const lines *ls, tc_diags *d)
{
    size_t i = 0;
    while (i < ls->n && !ls->v[i].blank)
        i++;
    tc_status st = read_fields(r, ls, 0, i, d);
    if (st != TC_OK)
        return st;
    para *ps = calloc(ls->n + 1, sizeof(para));
    if (!ps)
        return TC_E_NOMEM;
    size_t np = collect_paras(ls, i, ls->n, ps, ls->n + 1);
    for (size_t p = 0; st == TC_OK && p < np; p++)
        st = push_body(r, ls, ps[p].from, ps[p].to);
    free(ps);
    return st;
}

static int first_line_is_label(const lines *ls)
{
    for (size_t i = 0; i < ls->n; i++) {
        if (ls->v[i].blank)
            continue;
        size_t at = 0;
        return label_of(ls->v[i].text, ls->v[i].len, &at) == F_TITLE &&
               at < ls->v[i].len;
    }
    return 0;
}

static tc_status finish(tc_record *r, tc_diags *d)
{
    if (r->date.printed.text && !tc_date_read(r->date.printed.text, &r->date))
        tc_diags_add(d, TC_SEV_WARNING, "TC130", r->file, r->date.printed.line,
                     r->date.printed.col, NULL,
                     "the date is kept as printed without an ISO form",
                     "cannot read the date \"%s\"", r->date.printed.text);
    if (r->uploaded.text) {
        tc_date up;
        memset(&up, 0, sizeof up);
        if (tc_date_read(r->uploaded.text, &up))
            r->uploaded_iso = up.when;
        else
            free(up.when);
    }
    if (r->source.printed.text) {
        tc_status st = tc_source_split(&r->source);
        if (st != TC_OK)
            return st;
    }
    if (!r->title.text) {
        tc_diags_add(d, TC_SEV_ERROR, "TC101", r->file, 1, 1, NULL,
                     "a record needs a title line (or a 'Title:' label)",
                     "no title found");
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
    lines ls;
    tc_status st = lines_split(text, len, &ls);
    if (st != TC_OK) {
        lines_free(&ls);
        return st;
    }
    tc_record *r = tc_record_new(file);
    if (!r) {
        lines_free(&ls);
        return TC_E_NOMEM;
    }
    size_t info_at = ls.n;
    for (size_t i = 0; i < ls.n; i++) {
        if (strcasecmp(ls.v[i].text, "Document Information") == 0) {
            info_at = i;
            break;
        }
    }
    if (first_line_is_label(&ls)) {
        st = parse_labelled(r, &ls, d);
    } else {
        r->page_layout = 1;
        st = parse_page(r, &ls, info_at, d);
        if (st == TC_OK && info_at < ls.n)
            st = read_fields(r, &ls, info_at + 1, ls.n, d);
    }
    if (st == TC_OK)
        st = tc_body_classify(&r->body);
    if (st == TC_OK)
        st = finish(r, d);
    lines_free(&ls);
    if (st != TC_OK) {
        tc_record_free(r);
        return st;
    }
    *out = r;
    return TC_OK;
}
