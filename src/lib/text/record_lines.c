/* record_lines.c: cutting a decoded text record into lines (layout space
 * trimmed, space-only lines blank) and paragraphs for the parser. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "text/record_lines.h"
#include "base/util.h"

/* Bytes of a space character at p (ASCII space or tab, NBSP, the
 * U+2000..U+200B spaces, U+3000, a stray BOM), 0 when p is not one. */
static size_t space_len(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    if (*u == ' ' || *u == '\t' || *u == '\f' || *u == '\v' || *u == '\r')
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0x8B)
        return 3;
    if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
        return 3;
    if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 3;
    return 0;
}

/* Length of s (l bytes) without trailing space characters. */
static size_t trim_end(const char *s, size_t l)
{
    for (;;) {
        if (l == 0)
            return 0;
        if (isspace((unsigned char)s[l - 1])) {
            l--;
            continue;
        }
        size_t k = 0;
        for (size_t w = 2; w <= 3 && w <= l; w++)
            if (space_len(s + l - w) == w)
                k = w;
        if (!k)
            return l;
        l -= k;
    }
}

void tc_lines_free(tc_lines *ls)
{
    free(ls->v);
    free(ls->buf);
    memset(ls, 0, sizeof *ls);
}

tc_status tc_lines_split(const char *text, size_t len, tc_lines *ls)
{
    memset(ls, 0, sizeof *ls);
    ls->buf = tc_strndup(text, len);
    if (!ls->buf)
        return TC_E_NOMEM;
    size_t count = 1;
    for (size_t i = 0; i < len; i++)
        count += text[i] == '\n';
    ls->v = calloc(count, sizeof(tc_line));
    if (!ls->v)
        return TC_E_NOMEM;
    char *p = ls->buf;
    char *end = ls->buf + len;
    long no = 1;
    while (p <= end && ls->n < count) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
        p[l] = '\0';
        l = trim_end(p, l);
        p[l] = '\0';
        size_t lead = 0;
        while (lead < l) {
            size_t k = space_len(p + lead);
            if (k == 0)
                break;
            lead += k;
        }
        tc_line *ln = &ls->v[ls->n++];
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

char *tc_lines_join(const tc_lines *ls, size_t from, size_t to, char sep)
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

int tc_lines_dense(const tc_lines *ls, size_t from, size_t to)
{
    while (from < to && ls->v[from].blank)
        from++;
    while (to > from && ls->v[to - 1].blank)
        to--;
    if (to - from < 3)
        return 0;
    for (size_t i = from; i < to; i++)
        if (ls->v[i].blank)
            return 0;
    return 1;
}

size_t tc_units_collect(const tc_lines *ls, size_t from, size_t to,
                        int per_line, tc_unit *out)
{
    size_t n = 0, i = from;
    while (i < to) {
        while (i < to && ls->v[i].blank)
            i++;
        if (i >= to)
            break;
        size_t s = i++;
        while (!per_line && i < to && !ls->v[i].blank)
            i++;
        out[n].from = s;
        out[n].to = i;
        n++;
    }
    return n;
}

size_t tc_text_prefix(const char *s, size_t len, const char *word)
{
    size_t i = 0;
    for (const char *w = word; *w; w++) {
        if (i >= len)
            return 0;
        if (*w == ' ') {
            if (s[i] != ' ' && s[i] != '\t')
                return 0;
            while (i < len && (s[i] == ' ' || s[i] == '\t'))
                i++;
            continue;
        }
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)*w))
            return 0;
        i++;
    }
    return i;
}

int tc_text_is(const char *s, size_t len, const char *word)
{
    size_t i = tc_text_prefix(s, len, word);
    if (i == 0 && *word)
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    if (i < len && s[i] == ':')
        i++;
    return i == len;
}
