/* translate.c: XPath's translate() for teiconv's transformations, the same
 * function as libxml2's (XPath 1.0, 4.2) in one pass over the string: a
 * table for the characters of the second argument instead of a search of
 * it for every character, and the string itself returned when nothing in
 * it changes. libxml2's own appends each character to a buffer and scans
 * the second argument for it; tei2text.xsl's block and layout-space
 * translations made it about a tenth of the instructions of a batch
 * (issue 16). Nothing is kept between calls. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xpathInternals.h>

#include "xslt/translate.h"
#include "xslt/xpath_result.h"

/* Bytes of the UTF-8 character starting with byte b (libxml2's strings are
 * well-formed UTF-8; a stray byte counts as one). */
static size_t char_len(unsigned char b)
{
    if (b < 0xC0)
        return 1;
    if (b < 0xE0)
        return 2;
    if (b < 0xF0)
        return 3;
    return 4;
}

/* The characters of from: for each, where it first stands (what XPath
 * maps it by); ASCII ones in a table, the others in a list. stop marks the
 * bytes a scan must look at: the first byte of each character of from and
 * every lead byte (0xC0 and up: a character of several bytes, looked up in
 * the list). Every other byte is a character of its own that from does not
 * hold, so runs of them are skipped or copied whole. */
typedef struct from_map {
    int ascii[128]; /* index + 1, 0 = not in from */
    unsigned char stop[256];
    const xmlChar **wide; /* start of each non-ASCII character */
    size_t *wide_at;      /* its index */
    size_t nwide;
} from_map;

/* The index of the character at s in from, or -1. */
static long find(const from_map *m, const xmlChar *s, size_t len)
{
    if (s[0] < 0x80)
        return (long)m->ascii[s[0]] - 1;
    for (size_t i = 0; i < m->nwide; i++)
        if (char_len(m->wide[i][0]) == len && memcmp(m->wide[i], s, len) == 0)
            return (long)m->wide_at[i];
    return -1;
}

/* 0 when out of memory. */
static int map_from(from_map *m, const xmlChar *from)
{
    memset(m->ascii, 0, sizeof(m->ascii));
    memset(m->stop, 0, 0xC0);
    memset(m->stop + 0xC0, 1, 0x40);
    size_t n = strlen((const char *)from);
    m->wide = malloc((n + 1) * sizeof(*m->wide));
    m->wide_at = malloc((n + 1) * sizeof(*m->wide_at));
    m->nwide = 0;
    if (!m->wide || !m->wide_at)
        return 0;
    size_t at = 0;
    for (size_t i = 0; i < n; at++) {
        size_t len = char_len(from[i]);
        if (i + len > n)
            len = n - i;
        m->stop[from[i]] = 1; /* (a stray byte of from too) */
        if (from[i] < 0x80) {
            if (!m->ascii[from[i]])
                m->ascii[from[i]] = (int)at + 1;
        } else if (find(m, from + i, len) < 0) {
            m->wide[m->nwide] = from + i;
            m->wide_at[m->nwide++] = at;
        }
        i += len;
    }
    return 1;
}

/* The first byte at or after i that starts a character of from, or n;
 * *len its length. */
static size_t next_hit(const from_map *m, const xmlChar *s, size_t i, size_t n,
                       size_t *len)
{
    for (;;) {
        while (i < n && !m->stop[s[i]])
            i++;
        if (i >= n)
            return n;
        *len = char_len(s[i]);
        if (i + *len > n)
            *len = n - i;
        if (find(m, s + i, *len) >= 0)
            return i;
        i += *len;
    }
}

/* translate(s, from, to) into a new string, or s itself (*same) when no
 * character of s is in from; NULL when out of memory. */
static xmlChar *translate(xmlChar *s, const xmlChar *from, const xmlChar *to,
                          int *same)
{
    *same = 0;
    from_map m;
    if (!map_from(&m, from)) {
        free(m.wide);
        free(m.wide_at);
        return NULL;
    }
    size_t n = strlen((const char *)s), tn = strlen((const char *)to);
    /* where each character of to starts (to[k] is bytes at[k]..at[k+1]) */
    size_t *at = malloc((tn + 2) * sizeof(*at));
    size_t nto = 0;
    for (size_t i = 0; at && i < tn; i += char_len(to[i]))
        at[nto++] = i;
    if (at)
        at[nto] = tn;
    xmlChar *out = NULL;
    size_t o = 0, len = 0, i = 0;
    if (!at)
        goto done;
    i = next_hit(&m, s, 0, n, &len);
    if (i == n) {
        *same = 1;
        goto done;
    }
    /* a character of to is at most 4 bytes, one of s at least 1 */
    out = xmlMalloc(i + (n - i) * 4 + 1);
    if (!out)
        goto done;
    memcpy(out, s, i);
    o = i;
    while (i < n) {
        /* s[i..i+len) is a character of from: its character of to, if any */
        size_t k = (size_t)find(&m, s + i, len);
        if (k < nto) {
            size_t tl = at[k + 1] - at[k];
            memcpy(out + o, to + at[k], tl);
            o += tl;
        }
        i += len;
        size_t hit = next_hit(&m, s, i, n, &len);
        memcpy(out + o, s + i, hit - i);
        o += hit - i;
        i = hit;
    }
    out[o] = '\0';
done:
    free(at);
    free(m.wide);
    free(m.wide_at);
    return out;
}

static void translate_function(xmlXPathParserContextPtr ctxt, int nargs)
{
    CHECK_ARITY(3);
    xmlChar *args[3];
    args[2] = xmlXPathPopString(ctxt);
    args[1] = xmlXPathPopString(ctxt);
    args[0] = xmlXPathPopString(ctxt);
    if (!tc_xpath_popped(ctxt, args, 3))
        return;
    xmlChar *s = args[0], *from = args[1], *to = args[2];
    int same;
    xmlChar *res = translate(s, from, to, &same);
    xmlFree(to);
    xmlFree(from);
    if (same) {
        res = s;
    } else {
        xmlFree(s);
        if (!res) {
            xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
            return;
        }
    }
    xmlXPathObjectPtr v = xmlXPathWrapString(res);
    if (!v)
        xmlFree(res);
    tc_xpath_return(ctxt, v);
}

int tc_translate_install(xmlXPathContextPtr xp)
{
    if (!xp)
        return -1;
    /* a function is replaced by removing it (NULL) and adding the new one */
    xmlXPathRegisterFunc(xp, (const xmlChar *)"translate", NULL);
    return xmlXPathRegisterFunc(xp, (const xmlChar *)"translate",
                                translate_function);
}
