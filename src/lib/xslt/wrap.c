/* wrap.c: tc:wrap(), tei2text.xsl's word wrapping as an XPath extension
 * function: one pass over the text, no recursion, memory linear in it. */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parserInternals.h>
#include <libxml/xmlstring.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>

#include "xslt/wrap.h"
#include "xslt/xpath_result.h"
#include "base/util.h"

/* A string as Unicode characters: XPath counts and cuts in characters;
 * ascii marks the ASCII ones it holds (a bit each), for set tests. */
typedef struct chars {
    uint32_t *c;
    size_t n;
    uint64_t ascii[2];
} chars;

static int has_ascii(const chars *set, uint32_t c)
{
    return (set->ascii[c >> 6] >> (c & 63)) & 1;
}

/* text decoded (libxml2 strings are well-formed UTF-8); 0 when out of
 * memory. */
static int decode(const xmlChar *text, chars *out)
{
    size_t bytes = strlen((const char *)text);
    out->n = 0;
    out->ascii[0] = out->ascii[1] = 0;
    out->c = malloc((bytes + 1) * sizeof(*out->c));
    if (!out->c)
        return 0;
    for (size_t i = 0; i < bytes;) {
        if (text[i] < 0x80) { /* ASCII: the byte is the character */
            out->ascii[text[i] >> 6] |= (uint64_t)1 << (text[i] & 63);
            out->c[out->n++] = text[i++];
            continue;
        }
        int len = (int)(bytes - i > 4 ? 4 : bytes - i);
        int c = xmlGetUTF8Char(text + i, &len);
        if (c < 0 || len <= 0) { /* never for libxml2's strings: skip a byte */
            i++;
            continue;
        }
        if (c < 0x80) /* (never: libxml2 refuses overlong forms) */
            out->ascii[c >> 6] |= (uint64_t)1 << (c & 63);
        out->c[out->n++] = (uint32_t)c;
        i += (size_t)len;
    }
    return 1;
}

/* s[0..n) as UTF-8 onto b, through a chunk on the stack (one append a
 * chunk, not one a character). */
static void put_chars(tc_buf *b, const uint32_t *s, size_t n)
{
    char chunk[512];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k > sizeof(chunk) - 8) {
            tc_buf_put(b, chunk, k);
            k = 0;
        }
        // NOLINTNEXTLINE(clang-analyzer-core.uninitialized.Assign): decoded text, every cell set
        uint32_t c = s[i];
        if (c < 0x80) {
            chunk[k++] = (char)c;
            continue;
        }
        int len = xmlCopyCharMultiByte((xmlChar *)chunk + k, (int)c);
        if (len > 0)
            k += (size_t)len;
    }
    if (k)
        tc_buf_put(b, chunk, k);
}

static int in_set(uint32_t c, const chars *set)
{
    if (c < 0x80)
        return has_ascii(set, c);
    for (size_t i = 0; i < set->n; i++)
        if (set->c[i] == c)
            return 1;
    return 0;
}

static int in_ascii(uint32_t c, const char *set)
{
    return c < 0x80 && c != 0 && strchr(set, (int)c) != NULL;
}

/* Position (1-based) of the last space in s[0..n), 0 when none. */
static size_t last_space(const uint32_t *s, size_t n)
{
    // NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult): decoded text
    while (n > 0 && s[n - 1] != ' ')
        n--;
    return n;
}

/* The case table of translate(c, upper, lower): lower's character at c's
 * first place in upper, 0 (dropped) past lower's end, c when not in upper. */
typedef struct fold {
    const chars *upper, *lower;
} fold;

static uint32_t fold_char(const fold *f, uint32_t c)
{
    if (c < 0x80 && !has_ascii(f->upper, c))
        return c;
    for (size_t i = 0; i < f->upper->n; i++)
        if (f->upper->c[i] == c)
            return i < f->lower->n ? f->lower->c[i] : 0;
    return c;
}

/* 1 when the word, case-folded, is one that starts a copy or distribution
 * line: "Copy 3", "Sent to", "cc:", "Distribution: ..." */
static int label_word(const uint32_t *w, size_t n, const fold *f)
{
    static const char *const words[] = {"copy", "copies",   "sent", "printed",
                                        "ex",   "exemplar", "cc:"};
    char low[16];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof(low) - 1; i++) {
        uint32_t c = fold_char(f, w[i]);
        if (c == 0)
            continue;
        /* a character no label word has: it cannot be one */
        low[k++] = c < 0x80 ? (char)c : '\x7f';
    }
    low[k] = '\0';
    if (k ==
        sizeof(low) - 1) /* longer than any word, maybe "distribution..." */
        return strncmp(low, "distribution", 12) == 0;
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        if (strcmp(low, words[i]) == 0)
            return 1;
    return strncmp(low, "distribution", 12) == 0;
}

/* 1 when the first four words of s[0..n), each followed by a space, hold
 * ". " or ": " (a speaker's name: "M.S. GORBACHEV.", "Kim Il Sung:"). */
static int speaker_ahead(const uint32_t *s, size_t n)
{
    uint32_t prev = 0;
    size_t i = 0;
    for (int words = 0; words < 4 && i < n; words++) {
        for (; i < n && s[i] != ' '; i++)
            prev = s[i];
        /* the space after the word (added when the text ends) */
        if (prev == '.' || prev == ':')
            return 1;
        prev = ' ';
        if (i >= n)
            break;
        i++;
    }
    return 0;
}

/* The rules of a break (tei2text.xsl's quiet-space, which says why): the
 * last space at or before at, and after least, after which the next line
 * starts with a word in small letters that is no label (with any_case, a
 * word in capitals that starts with no mark or digit and no speaker's
 * name); 0 when there is none. head is the first room + 81 characters. */
typedef struct rules {
    const chars *small;
    fold f;
} rules;

static size_t quiet_space(const uint32_t *head, size_t hn, size_t at,
                          double least, int any_case, const rules *r)
{
    while ((double)at > least && at > 1) {
        size_t nb = at < hn ? at : hn;
        size_t ne = at + 80 < hn ? at + 80 : hn;
        size_t we = nb;
        while (we < ne && head[we] != ' ')
            we++;
        if (we > nb) {
            uint32_t first = head[nb], last = head[we - 1];
            int no_label = !in_ascii(last, ".):") &&
                           !label_word(head + nb, we - nb, &r->f);
            int small = in_set(first, r->small);
            int calm = 0;
            if (no_label && !small && any_case &&
                !in_ascii(first, "-*[(/0123456789\"") && first != 0x2013 &&
                first != 0x2014 && first != 0x2022 && first != 0x2116 &&
                first != 0x201C && first != 0x201E)
                calm = !speaker_ahead(head + nb, ne - nb);
            if (no_label && (small || calm))
                return at;
        }
        at = last_space(head, at - 1 < hn ? at - 1 : hn);
    }
    return 0;
}

/* One line, spaces normalised (s[0..n), no space first or last), wrapped
 * at width: tei2text.xsl's wrap-line with no indent. */
static void wrap_line(tc_buf *out, const uint32_t *s, size_t n, size_t width,
                      const rules *r)
{
    double least = floor((double)width * 0.6);
    while (n > width) {
        size_t plain = last_space(s, width + 1);
        size_t hn = width + 82 < n ? width + 82 : n;
        size_t quiet = quiet_space(s, hn, plain, least, 0, r);
        size_t calm = quiet > 0 ? 0 : quiet_space(s, hn, plain, 0, 1, r);
        size_t cut = quiet > 0 ? quiet : calm > 0 ? calm : plain;
        size_t at = cut;
        if (cut <= 1) { /* no break before the width: after the first word */
            at = 0;
            for (size_t i = 0; i < n; i++)
                // NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult): decoded text
                if (s[i] == ' ') {
                    at = i + 1;
                    break;
                }
        }
        if (at == 0)
            break;
        put_chars(out, s, at - 1);
        tc_buf_putc(out, '\n');
        s += at;
        n -= at;
    }
    put_chars(out, s, n);
}

static int xpath_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Every line of text (bytes of UTF-8) that is not blank, normalised and
 * wrapped, each followed by a line feed; line holds one line's characters. */
static void wrap_text(tc_buf *out, const xmlChar *text, size_t width,
                      const rules *r, uint32_t *line)
{
    size_t bytes = strlen((const char *)text), i = 0;
    while (i < bytes) {
        size_t n = 0;
        int gap = 0;
        while (i < bytes && text[i] != '\n') {
            int len = 1, c = text[i]; /* ASCII: the byte is the character */
            if (c >= 0x80) {
                len = (int)(bytes - i > 4 ? 4 : bytes - i);
                c = xmlGetUTF8Char(text + i, &len);
            }
            if (c < 0 || len <= 0) { /* never in libxml2's strings */
                i++;
                continue;
            }
            i += (size_t)len;
            if (xpath_space((uint32_t)c)) {
                gap = n > 0;
                continue;
            }
            if (gap)
                line[n++] = ' ';
            gap = 0;
            line[n++] = (uint32_t)c;
        }
        i++; /* the line feed */
        if (n > 0) {
            wrap_line(out, line, n, width, r);
            tc_buf_putc(out, '\n');
        }
    }
}

/* The table arguments (small-letters, upper, lower) of the thread's last
 * call, as given and decoded: the stylesheet passes the same strings at
 * every call, and decoding them each time was a third of tc:wrap's
 * instructions. In fixed arrays, nothing to free: a longer table is
 * decoded at each call. */
#define TABLE_MAX 1024 /* bytes of a table kept */

typedef struct table {
    char given[TABLE_MAX]; /* "" before the first call */
    uint32_t c[TABLE_MAX];
    size_t n;
    uint64_t ascii[2];
} table;

typedef struct tables {
    table small, upper, lower;
} tables;

static _Thread_local tables last;

/* s decoded into out: from t when it holds s, else into t (kept for the
 * next call), else (too long) into new memory that *owned is set to; 0
 * when out of memory. */
static int table_get(table *t, const xmlChar *s, chars *out, uint32_t **owned)
{
    size_t len = strlen((const char *)s);
    if (len >= TABLE_MAX)
        return decode(s, out) ? (*owned = out->c, 1) : 0;
    if (strcmp(t->given, (const char *)s) != 0) {
        chars d;
        if (!decode(s, &d))
            return 0;
        memcpy(t->c, d.c, d.n * sizeof(*d.c));
        t->n = d.n;
        memcpy(t->ascii, d.ascii, sizeof(t->ascii));
        free(d.c);
        memcpy(t->given, s, len + 1);
    }
    out->c = t->c;
    out->n = t->n;
    memcpy(out->ascii, t->ascii, sizeof(out->ascii));
    return 1;
}

/* tc:wrap(text, width, small-letters, upper, lower) */
static void wrap_function(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 5) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlChar *lower = xmlXPathPopString(ctxt);
    xmlChar *upper = xmlXPathPopString(ctxt);
    xmlChar *small = xmlXPathPopString(ctxt);
    double w = xmlXPathPopNumber(ctxt);
    xmlChar *text = xmlXPathPopString(ctxt);
    chars sm = {0}, up = {0}, lo = {0};
    uint32_t *own_sm = NULL, *own_up = NULL, *own_lo = NULL;
    uint32_t *line = NULL;
    char *res = NULL;
    tc_buf out = {0};
    /* a width as the stylesheet's arithmetic sees it: a whole number of
     * characters, none below 0 (a line per word) */
    size_t width = isnan(w) || w < 0 ? 0 : w > 1e6 ? 1000000 : (size_t)w;
    /* a line has no more characters than the text has bytes */
    if (!ctxt->error && text)
        line = malloc((strlen((const char *)text) + 1) * sizeof(*line));
    if (line && small && upper && lower &&
        table_get(&last.small, small, &sm, &own_sm) &&
        table_get(&last.upper, upper, &up, &own_up) &&
        table_get(&last.lower, lower, &lo, &own_lo)) {
        rules r = {&sm, {&up, &lo}};
        wrap_text(&out, text, width, &r, line);
        res = tc_buf_take(&out);
    }
    tc_buf_free(&out);
    free(line);
    free(own_sm);
    free(own_up);
    free(own_lo);
    xmlFree(text);
    xmlFree(small);
    xmlFree(upper);
    xmlFree(lower);
    if (ctxt->error) {
        free(res);
        return;
    }
    tc_xpath_return(ctxt, res ? xmlXPathNewString((const xmlChar *)res) : NULL);
    free(res);
}

static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_functions(void)
{
    xsltRegisterExtModuleFunction((const xmlChar *)"wrap",
                                  (const xmlChar *)TC_XSLT_NS, wrap_function);
}

void tc_wrap_register(void)
{
    pthread_once(&register_once, register_functions);
}
