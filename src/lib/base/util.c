/* util.c: the library's small shared helpers: byte buffer, string
 * duplication and formatting. The bottom of the tree: it uses nothing else. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

static int buf_reserve(tc_buf *b, size_t more)
{
    if (b->failed)
        return 0;
    if (b->len + more + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *nd = realloc(b->data, cap);
    if (!nd) {
        b->failed = 1;
        return 0;
    }
    b->data = nd;
    b->cap = cap;
    return 1;
}

void tc_buf_put(tc_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void tc_buf_puts(tc_buf *b, const char *s)
{
    tc_buf_put(b, s, strlen(s));
}
void tc_buf_putc(tc_buf *b, char c)
{
    tc_buf_put(b, &c, 1);
}

void tc_buf_printf(tc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = tc_vasprintf(fmt, ap);
    va_end(ap);
    if (!s) {
        b->failed = 1;
        return;
    }
    tc_buf_puts(b, s);
    free(s);
}

void tc_buf_json_string(tc_buf *b, const char *s)
{
    tc_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"':
            tc_buf_puts(b, "\\\"");
            break;
        case '\\':
            tc_buf_puts(b, "\\\\");
            break;
        case '\n':
            tc_buf_puts(b, "\\n");
            break;
        case '\r':
            tc_buf_puts(b, "\\r");
            break;
        case '\t':
            tc_buf_puts(b, "\\t");
            break;
        default:
            if (*p < 0x20)
                tc_buf_printf(b, "\\u%04x", *p);
            else
                tc_buf_putc(b, (char)*p);
        }
    }
    tc_buf_putc(b, '"');
}

char *tc_buf_take(tc_buf *b)
{
    if (b->failed) {
        tc_buf_free(b);
        return NULL;
    }
    char *d = b->data ? b->data : tc_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void tc_buf_free(tc_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

const char *tc_find_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (k == 0)
        return s;
    int first = ascii_lower((unsigned char)w[0]);
    /* the first letter filters: the whole word is compared only there */
    for (size_t i = 0; i + k <= n; i++) {
        if (ascii_lower((unsigned char)s[i]) != first)
            continue;
        size_t j = 1;
        while (j < k && ascii_lower((unsigned char)s[i + j]) ==
                            ascii_lower((unsigned char)w[j]))
            j++;
        if (j == k)
            return s + i;
    }
    return NULL;
}

char *tc_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *tc_strdup(const char *s)
{
    return s ? tc_strndup(s, strlen(s)) : NULL;
}

char *tc_vasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    /* va_copy above initialised ap2 */
    // NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized)
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *tc_asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = tc_vasprintf(fmt, ap);
    va_end(ap);
    return s;
}
