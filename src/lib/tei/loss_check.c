/* loss_check.c: the "nothing lost" check: the body of a built TEI document,
 * read back as source text, holds every visible character of the record. */
#include <stdlib.h>
#include <string.h>

#include "tei/loss_check.h"
#include "base/util.h"

#define TEI_NS    "http://www.tei-c.org/ns/1.0"
#define MAX_DEPTH 64

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_tei(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, BAD_CAST TEI_NS) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

static void put_attr(tc_buf *b, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    if (v)
        tc_buf_puts(b, (const char *)v);
    xmlFree(v);
}

static int attr_is(xmlNodePtr n, const char *name, const char *value)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    int eq = v && xmlStrEqual(v, BAD_CAST value);
    xmlFree(v);
    return eq;
}

static void read_back(tc_buf *b, xmlNodePtr n, int depth);

static void children(tc_buf *b, xmlNodePtr n, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next)
        read_back(b, c, depth + 1);
}

/* One node as the source text it came from (tei_inline.c's convention). */
static void read_back(tc_buf *b, xmlNodePtr n, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            tc_buf_puts(b, (const char *)n->content);
        return;
    }
    if (n->type != XML_ELEMENT_NODE)
        return;
    if (is_tei(n, "gap")) {
        for (xmlNodePtr c = n->children; c; c = c->next)
            if (is_tei(c, "desc"))
                children(b, c, depth);
    } else if (is_tei(n, "supplied") || is_tei(n, "foreign") ||
               (is_tei(n, "ref") && attr_is(n, "type", "footnote")) ||
               (is_tei(n, "note") && attr_is(n, "type", "editorial"))) {
        tc_buf_putc(b, '[');
        children(b, n, depth);
        tc_buf_putc(b, ']');
    } else if (is_tei(n, "unclear") && attr_is(n, "reason", "illegible")) {
        tc_buf_puts(b, "[[");
        children(b, n, depth);
        tc_buf_puts(b, "]]");
    } else if (is_tei(n, "pb")) {
        tc_buf_puts(b, "(p. ");
        put_attr(b, n, "n");
        tc_buf_putc(b, ')');
    } else if (is_tei(n, "lb")) {
        tc_buf_putc(b, '\n');
    } else if (is_tei(n, "space")) {
        tc_buf_putc(b, ' ');
    } else if (is_tei(n, "item")) {
        put_attr(b, n, "n");
        tc_buf_putc(b, ' ');
        children(b, n, depth);
    } else if (is_tei(n, "note") && attr_is(n, "place", "foot")) {
        tc_buf_putc(b, '[');
        put_attr(b, n, "n");
        tc_buf_puts(b, "] ");
        children(b, n, depth);
    } else {
        children(b, n, depth);
        /* block elements end a line of the source */
        if (is_tei(n, "p") || is_tei(n, "head") || is_tei(n, "ab") ||
            is_tei(n, "speaker"))
            tc_buf_putc(b, '\n');
    }
}

static xmlNodePtr document_div(xmlDocPtr tei)
{
    xmlNodePtr n = tei ? xmlDocGetRootElement(tei) : NULL;
    if (!n || !is_tei(n, "TEI"))
        return NULL;
    const char *path[] = {"text", "body"};
    for (size_t i = 0; i < 2 && n; i++) {
        xmlNodePtr c = n->children;
        while (c && !is_tei(c, path[i]))
            c = c->next;
        n = c;
    }
    if (!n)
        return NULL;
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (is_tei(c, "div") && attr_is(c, "type", "document"))
            return c;
    return NULL;
}

/* The body read back; a first head equal to title is left out (the TEI
 * builder repeats the title there; it is not body text). */
static char *body_source(xmlDocPtr tei, const char *title)
{
    xmlNodePtr div = document_div(tei);
    if (!div)
        return NULL;
    tc_buf b = {0};
    int first = 1;
    for (xmlNodePtr c = div->children; c; c = c->next) {
        if (first && title && is_tei(c, "head")) {
            xmlChar *t = xmlNodeGetContent(c);
            int same = t && xmlStrEqual(t, BAD_CAST title);
            xmlFree(t);
            first = 0;
            if (same)
                continue;
        }
        if (c->type == XML_ELEMENT_NODE)
            first = 0;
        read_back(&b, c, 0);
    }
    return tc_buf_take(&b);
}

char *tc_tei_body_source(xmlDocPtr tei)
{
    return body_source(tei, NULL);
}

/* s without whitespace; caller frees. */
static char *squeeze(const char *s, size_t *len)
{
    size_t n = strlen(s), k = 0;
    char *o = malloc(n + 1);
    if (!o)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!is_ws(s[i]))
            o[k++] = s[i];
    o[k] = '\0';
    *len = k;
    return o;
}

static size_t cp_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Greedy: is a (code points) a subsequence of b? Linear. */
static int subsequence(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        size_t k = cp_len((unsigned char)a[i]);
        size_t m = cp_len((unsigned char)b[j]);
        if (k == m && i + k <= an && j + m <= bn &&
            memcmp(a + i, b + j, k) == 0)
            i += k;
        j += m;
    }
    return i >= an;
}

/* The body's source text, block by block (labels as printed). */
static char *record_source(const tc_record *r)
{
    tc_buf b = {0};
    for (size_t i = 0; i < r->body.n; i++) {
        const tc_block *bl = &r->body.v[i];
        if (bl->label) {
            if (bl->kind == TC_BLOCK_NOTE)
                tc_buf_printf(&b, "[%s] ", bl->label);
            else
                tc_buf_printf(&b, "%s ", bl->label);
        }
        tc_buf_puts(&b, bl->text.text ? bl->text.text : "");
        tc_buf_putc(&b, '\n');
    }
    return tc_buf_take(&b);
}

/* Where the k-th visible byte of the body's source is: block and place. */
static void locate(const tc_record *r, size_t k, long *line, long *col,
                   const char **at)
{
    *line = 0;
    *col = 0;
    *at = "";
    size_t seen = 0;
    for (size_t i = 0; i < r->body.n; i++) {
        const tc_block *bl = &r->body.v[i];
        size_t lab = 0;
        if (bl->label) {
            for (const char *p = bl->label; *p; p++)
                lab += !is_ws(*p);
            lab += bl->kind == TC_BLOCK_NOTE ? 2 : 0;
        }
        if (k < seen + lab) {
            *line = bl->text.line;
            *col = bl->text.col;
            *at = bl->label;
            return;
        }
        seen += lab;
        const char *t = bl->text.text ? bl->text.text : "";
        long ln = bl->text.line;
        const char *line_start = t;
        for (const char *p = t; *p; p++) {
            if (*p == '\n') {
                ln++;
                line_start = p + 1;
                continue;
            }
            if (is_ws(*p))
                continue;
            if (seen == k) {
                *line = ln;
                *col = (long)(p - line_start) + 1 +
                       (ln == bl->text.line
                            ? bl->text.col - 1 +
                                  (bl->label ? (long)strlen(bl->label) + 1 : 0)
                            : 0);
                *at = p;
                return;
            }
            seen++;
        }
    }
}

tc_status tc_check_nothing_lost(const tc_record *r, xmlDocPtr tei, tc_diags *d)
{
    if (!document_div(tei)) {
        tc_diags_add(d, TC_SEV_ERROR, "TC190", r->file, 0, 0, "/TEI/text/body",
                     "this is a bug in teiconv: please "
                     "report it with the input",
                     "the TEI has no div[@type='document'] for the body");
        return TC_E_INTERNAL;
    }
    char *src = record_source(r);
    char *back = body_source(tei, r->title.text);
    size_t sn = 0, bn = 0;
    char *s = src ? squeeze(src, &sn) : NULL;
    char *t = back ? squeeze(back, &bn) : NULL;
    free(src);
    free(back);
    if (!s || !t) {
        free(s);
        free(t);
        return TC_E_NOMEM;
    }
    tc_status st = TC_OK;
    if ((sn != bn || memcmp(s, t, sn) != 0) && !subsequence(s, sn, t, bn)) {
        size_t k = 0;
        while (k < sn && k < bn && s[k] == t[k])
            k++;
        while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        long line, col;
        const char *at;
        locate(r, k, &line, &col, &at);
        size_t n = strlen(at) < 40 ? strlen(at) : 40;
        while (n > 0 && n < strlen(at) && ((unsigned char)at[n] & 0xC0) == 0x80)
            n--;
        tc_diags_add(d, TC_SEV_ERROR, "TC190", r->file, line, col,
                     "/TEI/text/body/div[@type='document']",
                     "this is a bug in teiconv: please report it with the "
                     "input",
                     "body text lost on the way to TEI: \"%.*s\" is not in "
                     "the TEI body",
                     (int)n, at);
        st = TC_E_INTERNAL;
    }
    free(s);
    free(t);
    return st;
}
