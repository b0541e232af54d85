/* util.c: the library's small shared helpers: byte buffer, string
 * duplication and formatting. The bottom of the tree: it uses nothing else. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
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

/* Length of the valid UTF-8 sequence at p (at most n bytes), 0 if invalid.
 * Rejects overlong forms, surrogates and code points above U+10FFFF. */
size_t tc_utf8_seq_len(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned min;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int tc_utf8_valid(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t l = tc_utf8_seq_len((const unsigned char *)s + i, n - i);
        if (!l)
            return 0;
        i += l;
    }
    return 1;
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
            if (*p < 0x20) {
                tc_buf_printf(b, "\\u%04x", *p);
            } else if (*p < 0x80) {
                tc_buf_putc(b, (char)*p);
            } else {
                /* a byte that starts no valid UTF-8 sequence (a file name
                   in another encoding) becomes the text \xNN, so that the
                   line stays UTF-8 */
                size_t l = tc_utf8_seq_len(p, strlen((const char *)p));
                if (!l) {
                    tc_buf_printf(b, "\\\\x%02X", *p);
                } else {
                    tc_buf_put(b, (const char *)p, l);
                    p += l - 1;
                }
            }
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

/* The first of s[from..to) equal to c, or s + to: memchr's fast scan. */
static size_t next_of(const char *s, size_t from, size_t to, int c)
{
    const char *p = memchr(s + from, c, to - from);
    return p ? (size_t)(p - s) : to;
}

const char *tc_find_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (k == 0)
        return s;
    if (k > n)
        return NULL;
    /* the first letter filters (memchr for each of its two cases): the
     * whole word is compared only where a word could start */
    int lo = ascii_lower((unsigned char)w[0]);
    int up = lo >= 'a' && lo <= 'z' ? lo - ('a' - 'A') : lo;
    size_t starts = n - k + 1; /* positions a match may start at */
    size_t at_lo = next_of(s, 0, starts, lo);
    size_t at_up = up == lo ? starts : next_of(s, 0, starts, up);
    while (at_lo < starts || at_up < starts) {
        size_t i = at_lo < at_up ? at_lo : at_up;
        size_t j = 1;
        while (j < k && ascii_lower((unsigned char)s[i + j]) ==
                            ascii_lower((unsigned char)w[j]))
            j++;
        if (j == k)
            return s + i;
        if (i == at_lo)
            at_lo = next_of(s, i + 1, starts, lo);
        else
            at_up = next_of(s, i + 1, starts, up);
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

/* ---- temporaries ------------------------------------------------------ */

/* FNV-1a (32 bits) of this machine's host name: the "H" of a temporary's
 * run identity, short enough to leave the name room. Computed once (every
 * output's temporary names it), with the time this run's first temporary
 * was named or judged (run_start), which tells this run's temporaries from
 * those of a gone run that had the same process number. */
static uint32_t host_hash_value;
static time_t run_start;
static pthread_once_t host_hash_once = PTHREAD_ONCE_INIT;

static void host_hash_init(void)
{
    run_start = time(NULL);
    char host[256] = "";
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    host_hash_value = tc_hash_bytes(host, strlen(host));
}

static uint32_t host_hash(void)
{
    pthread_once(&host_hash_once, host_hash_init);
    return host_hash_value;
}

char *tc_temp_template(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash + 1 - path) : 0;
    const char *base = path + dir_len;
    char id[64];
    snprintf(id, sizeof id, "%s%08x-%ld-XXXXXX", TC_TEMP_MARK,
             (unsigned)host_hash(), (long)getpid());
    /* the temporary is one name in the same folder: cut the base so that
       it fits in NAME_MAX (255) bytes with the run identity */
    size_t keep = strlen(base);
    if (keep + strlen(id) > 255)
        keep = 255 > strlen(id) ? 255 - strlen(id) : 0;
    return tc_asprintf("%.*s%.*s%s", (int)dir_len, path, (int)keep, base, id);
}

int tc_temp_stale(const char *name, const struct stat *st)
{
    const char *mark = strstr(name, TC_TEMP_MARK);
    if (!mark)
        return 0;
    const char *id = mark + strlen(TC_TEMP_MARK);
    char *end = NULL;
    unsigned long h = strtoul(id, &end, 16);
    if (end != id + 8 || *end != '-')
        return -1; /* no run identity: an older version's */
    long pid = strtol(end + 1, &end, 10);
    if (*end != '-' || pid <= 0)
        return -1;
    if ((uint32_t)h != host_hash())
        return 0; /* another machine's run: it may be alive */
    if (pid == (long)getpid())
        /* this run's own (the --report's, made before the folders are
         * prepared), or a gone run's that had our process number: only
         * one older than this run (by a second: coarse file clocks) */
        return st && st->st_mtime < run_start - 1;
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

uint32_t tc_hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 16777619u;
    return h;
}
