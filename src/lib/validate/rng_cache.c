/* rng_cache.c: compiled RELAX NG grammars kept across runs (see
 * rng_cache.h). An entry is a flat sequence of 32- and 64-bit numbers and
 * counted strings, read in order through a bounds-checked reader: indexes,
 * never pointers or offsets. It starts with what it was made from (the
 * format, the teiconv and libxml2 versions, the schema's path, and the
 * path, size and checksum of every file the compiler read) and ends with a
 * checksum of all that comes before. Reading it back rebuilds the grammar
 * through the compiler's own constructors, which check every index. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "base/util.h"
#include "validate/rng_cache.h"
#include "validate/rng_pattern.h"

#define MAGIC           0x47524354u /* "TCRG" */
#define FORMAT          1u
#define MAX_ENTRY_BYTES ((size_t)256 << 20)
#define MAX_FILES       4096u
#define MAX_FACETS      64u

static int cache_off;

void tc_set_schema_cache(int on)
{
    cache_off = !on;
}

int tc_rng_cache_enabled(void)
{
    const char *env = getenv("TEICONV_NO_CACHE");
    return !cache_off && !(env && *env && strcmp(env, "0") != 0);
}

/* ---- a 64-bit checksum, 8 bytes at a time -------------------------------- */

uint64_t tc_rng_cache_sum(const void *data, size_t n)
{
    const uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xC2B2AE3D27D4EB4Full;
    const unsigned char *p = data;
    uint64_t h = k2 ^ ((uint64_t)n * k1);
    for (; n >= 8; n -= 8, p += 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h ^= w * k2;
        h = ((h << 31) | (h >> 33)) * k1;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < n; i++)
        t |= (uint64_t)p[i] << (8 * i);
    h ^= t * k2;
    h ^= h >> 33;
    h *= k1;
    h ^= h >> 29;
    h *= k2;
    return h ^ (h >> 32);
}

/* ---- files ---------------------------------------------------------------- */

/* path made absolute against the working folder (not resolving links: the
 * compiler resolves includes against the path as given). Caller frees. */
static char *absolute(const char *path)
{
    if (path[0] == '/')
        return tc_strdup(path);
    char cwd[4096];
    return getcwd(cwd, sizeof cwd) ? tc_asprintf("%s/%s", cwd, path) : NULL;
}

/* The whole of a regular file opened at dfd/name (AT_FDCWD for a path):
 * never blocking, at most max bytes, owned by us when own. */
static int read_all(int dfd, const char *name, int flags, int own,
                    unsigned char **out, size_t *len)
{
    *out = NULL;
    int fd =
        openat(dfd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | flags);
    if (fd < 0)
        return -1;
    struct stat st;
    char *buf = NULL;
    size_t n = 0;
    int ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
             (!own || st.st_uid == geteuid()) &&
             (uintmax_t)st.st_size <= MAX_ENTRY_BYTES &&
             tc_fd_read_all(fd, MAX_ENTRY_BYTES, &buf, &n) == 0;
    close(fd);
    if (!ok)
        return -1;
    *out = (unsigned char *)buf;
    *len = n;
    return 0;
}

static int file_sum(const char *path, uint64_t *size, uint64_t *sum)
{
    unsigned char *buf;
    size_t n;
    if (read_all(AT_FDCWD, path, 0, 0, &buf, &n) != 0)
        return -1;
    *size = n;
    *sum = tc_rng_cache_sum(buf, n);
    free(buf);
    return 0;
}

/* The cache folder, opened (never through a link at its last step, and
 * only when it is ours and writable by no one else); made when make. */
static int cache_dir(int make)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    char *base = xdg && xdg[0] == '/' ? tc_strdup(xdg)
                 : home && *home      ? tc_asprintf("%s/.cache", home)
                                      : NULL;
    char *top = base ? tc_asprintf("%s/teiconv", base) : NULL;
    char *dir = top ? tc_asprintf("%s/grammars", top) : NULL;
    int fd = -1;
    if (dir) {
        if (make) {
            (void)mkdir(base, 0700);
            (void)mkdir(top, 0700);
            (void)mkdir(dir, 0700);
        }
        fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && (fstat(fd, &st) != 0 || st.st_uid != geteuid() ||
                        (st.st_mode & 022))) {
            close(fd);
            fd = -1;
        }
    }
    free(base);
    free(top);
    free(dir);
    return fd;
}

/* The entry's name in the folder: one per schema path. */
static char *entry_name(const char *abs)
{
    return tc_asprintf("%016llx.grammar",
                       (unsigned long long)tc_rng_cache_sum(abs, strlen(abs)));
}

char *tc_rng_cache_entry(const char *path)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    char *abs = absolute(path);
    char *name = abs ? entry_name(abs) : NULL;
    char *r = !name ? NULL
              : xdg && xdg[0] == '/'
                  ? tc_asprintf("%s/teiconv/grammars/%s", xdg, name)
              : home && *home
                  ? tc_asprintf("%s/.cache/teiconv/grammars/%s", home, name)
                  : NULL;
    free(abs);
    free(name);
    return r;
}

/* ---- writing -------------------------------------------------------------- */

static void put32(tc_buf *b, uint32_t v)
{
    tc_buf_put(b, (const char *)&v, sizeof v);
}

static void put64(tc_buf *b, uint64_t v)
{
    tc_buf_put(b, (const char *)&v, sizeof v);
}

/* A counted string, its NUL kept so that a reader can lend it out. */
static void put_str(tc_buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    put32(b, (uint32_t)n);
    tc_buf_put(b, s ? s : "", n + 1);
}

static int put_file(tc_buf *b, const char *path)
{
    uint64_t size, sum;
    char *abs = absolute(path);
    int rc = abs ? file_sum(abs, &size, &sum) : -1;
    if (rc == 0) {
        put_str(b, abs);
        put64(b, size);
        put64(b, sum);
    }
    free(abs);
    return rc;
}

int tc_rng_cache_encode(const char *path, const tc_rng_grammar *g,
                        unsigned char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    char *abs = absolute(path);
    if (!abs || g->uncacheable || g->st.base || g->nfiles >= MAX_FILES) {
        free(abs);
        return -1;
    }
    tc_buf b = {0};
    put32(&b, MAGIC);
    put32(&b, FORMAT);
    put_str(&b, TC_VERSION_STRING);
    put_str(&b, xmlParserVersion);
    put_str(&b, abs);
    free(abs);
    put32(&b, (uint32_t)g->nfiles + 1);
    int rc = put_file(&b, path);
    for (size_t i = 0; rc == 0 && i < g->nfiles; i++)
        rc = put_file(&b, g->files[i]);
    const rng_types *t = &g->types;
    put32(&b, (uint32_t)t->ndt);
    for (size_t i = 0; i < t->ndt; i++) {
        put32(&b, (uint32_t)t->dt[i].builtin);
        put_str(&b, t->dt[i].name);
        put32(&b, (uint32_t)t->dt[i].nfacets);
        for (size_t k = 0; k < t->dt[i].nfacets; k++) {
            put32(&b, (uint32_t)t->dt[i].facets[k].kind);
            put_str(&b, t->dt[i].facets[k].lexical);
        }
    }
    put32(&b, (uint32_t)t->nval);
    for (size_t i = 0; i < t->nval; i++) {
        put32(&b, t->val[i].dt);
        put_str(&b, t->val[i].lexical);
    }
    put32(&b, g->nnc);
    for (uint32_t i = 0; i < g->nnc; i++) {
        const rng_nc *nc = &g->nc[i];
        put32(&b, (uint32_t)nc->kind);
        put32(&b, nc->a);
        put32(&b, nc->b);
        if (nc->kind == NC_NAME || nc->kind == NC_NSNAME)
            put_str(&b, (const char *)nc->ns);
        if (nc->kind == NC_NAME)
            put_str(&b, (const char *)nc->local);
    }
    put32(&b, g->st.n);
    for (uint32_t i = RNG_TEXT + 1; i < g->st.n; i++) {
        const rng_pat *p = &g->st.v[i];
        put32(&b, p->kind);
        put32(&b, p->a);
        put32(&b, p->b);
        put32(&b, p->c);
    }
    put32(&b, g->start);
    put32(&b, g->nel);
    for (uint32_t i = 0; i < g->nel; i++)
        put32(&b, g->elements[i]);
    put32(&b, (uint32_t)g->nids);
    for (size_t i = 0; i < g->nids; i++) {
        const rng_idattr *ia = &g->ids[i];
        put32(&b, (uint32_t)ia->kind);
        put_str(&b, (const char *)ia->el_ns);
        put_str(&b, (const char *)ia->el_local);
        put_str(&b, (const char *)ia->at_ns);
        put_str(&b, (const char *)ia->at_local);
    }
    if (rc == 0 && b.data)
        put64(&b, tc_rng_cache_sum(b.data, b.len));
    if (rc != 0 || !b.data || b.len > MAX_ENTRY_BYTES) {
        tc_buf_free(&b);
        return -1;
    }
    *len = b.len;
    *out = (unsigned char *)tc_buf_take(&b);
    return *out ? 0 : -1;
}

void tc_rng_cache_store(const char *path, const tc_rng_grammar *g)
{
    if (!tc_rng_cache_enabled())
        return;
    unsigned char *data;
    size_t len;
    if (tc_rng_cache_encode(path, g, &data, &len) != 0)
        return;
    char *abs = absolute(path);
    char *name = abs ? entry_name(abs) : NULL;
    static unsigned serial;
    char *tmp =
        name ? tc_asprintf(".%s.%ld.%u.tmp", name, (long)getpid(),
                           __atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED))
             : NULL;
    int dfd = tmp ? cache_dir(1) : -1;
    int fd =
        dfd >= 0
            ? openat(dfd, tmp,
                     O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600)
            : -1;
    if (fd >= 0) {
        int ok = tc_fd_write_all(fd, data, len) == 0 && fchmod(fd, 0600) == 0;
        ok = close(fd) == 0 && ok;
        if (!ok || renameat(dfd, tmp, dfd, name) != 0)
            (void)unlinkat(dfd, tmp, 0);
    }
    if (dfd >= 0)
        close(dfd);
    free(tmp);
    free(name);
    free(abs);
    free(data);
}

/* ---- reading -------------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p;
    size_t left;
    int bad;
} reader;

static uint32_t get32(reader *r)
{
    uint32_t v = 0;
    if (r->left < sizeof v) {
        r->bad = 1;
        r->left = 0;
        return 0;
    }
    memcpy(&v, r->p, sizeof v);
    r->p += sizeof v;
    r->left -= sizeof v;
    return v;
}

static uint64_t get64(reader *r)
{
    uint64_t lo = get32(r), hi = get32(r);
    return lo | hi << 32;
}

/* A string lent from the entry: NUL-terminated there, none inside. */
static const char *get_str(reader *r)
{
    uint32_t n = get32(r);
    if (r->bad || r->left <= n || r->p[n] != '\0' || memchr(r->p, 0, n)) {
        r->bad = 1;
        r->left = 0;
        return "";
    }
    const char *s = (const char *)r->p;
    r->p += (size_t)n + 1;
    r->left -= (size_t)n + 1;
    return s;
}

/* A count of records of at least size bytes each: no more than are left. */
static uint32_t get_count(reader *r, size_t size)
{
    uint32_t n = get32(r);
    if (r->bad || n > r->left / size) {
        r->bad = 1;
        r->left = 0;
        return 0;
    }
    return n;
}

static int same_str(reader *r, const char *want)
{
    return strcmp(get_str(r), want) == 0 && !r->bad;
}

/* The files the grammar was made from are as they were; those after the
 * first (the schema itself) are the grammar's list again. */
static int files_unchanged(reader *r, const char *abs, tc_rng_grammar *g)
{
    uint32_t n = get_count(r, 4 + 1 + 16);
    if (!n || n > MAX_FILES)
        return 0;
    g->files = malloc(n * sizeof(*g->files));
    if (!g->files)
        return 0;
    for (uint32_t i = 0; i < n; i++) {
        const char *path = get_str(r);
        uint64_t size = get64(r), sum = get64(r), now_size, now_sum;
        if (r->bad || (i == 0 && strcmp(path, abs) != 0) || path[0] != '/' ||
            file_sum(path, &now_size, &now_sum) != 0 || now_size != size ||
            now_sum != sum)
            return 0;
        if (i > 0) {
            char *copy = tc_strdup(path);
            if (!copy)
                return 0;
            g->files[g->nfiles++] = copy;
        }
    }
    g->capfiles = n;
    return 1;
}

static int read_types(reader *r, tc_rng_grammar *g)
{
    uint32_t ndt = get_count(r, 3 * 4 + 1);
    for (uint32_t i = 0; i < ndt && !r->bad; i++) {
        uint32_t builtin = get32(r);
        const char *name = get_str(r);
        uint32_t nf = get32(r);
        int kinds[MAX_FACETS];
        const char *lex[MAX_FACETS];
        if (builtin > 1 || nf > MAX_FACETS)
            return -1;
        for (uint32_t k = 0; k < nf; k++) {
            kinds[k] = (int)get32(r);
            lex[k] = get_str(r);
        }
        if (r->bad || rng_types_rebuild(&g->types, (int)builtin, name, kinds,
                                        lex, nf) != (long)i)
            return -1;
    }
    uint32_t nval = get_count(r, 2 * 4 + 1);
    for (uint32_t i = 0; i < nval && !r->bad; i++) {
        uint32_t dt = get32(r);
        const char *lex = get_str(r);
        const char *why;
        if (r->bad || dt >= ndt ||
            rng_types_value(&g->types, dt, lex, &why) != (long)i)
            return -1;
    }
    return r->bad ? -1 : 0;
}

/* Name classes: each refers only to those before it, nested at most
 * TC_RNG_MAX_DEPTH deep (rng_nc_contains recurses). */
static int read_name_classes(reader *r, tc_rng_grammar *g)
{
    uint32_t n = get_count(r, 3 * 4);
    g->nc = malloc((n ? n : 1) * sizeof(*g->nc));
    uint32_t *depth = malloc((n ? n : 1) * sizeof(*depth));
    int rc = g->nc && depth ? 0 : -1;
    g->capnc = n;
    for (uint32_t i = 0; i < n && rc == 0; i++) {
        rng_nc nc = {0, NULL, NULL, 0, 0};
        nc.kind = (int)get32(r);
        nc.a = get32(r);
        nc.b = get32(r);
        int name = nc.kind == NC_NAME, choice = nc.kind == NC_CHOICE;
        if (name || nc.kind == NC_NSNAME) {
            const char *s = get_str(r);
            nc.ns = rng_names_get(g->names, BAD_CAST s, -1);
        }
        if (name) {
            const char *s = get_str(r);
            nc.local = rng_names_get(g->names, BAD_CAST s, -1);
        }
        uint32_t da = nc.a < i ? depth[nc.a] : 0;
        uint32_t db = nc.b < i ? depth[nc.b] : 0;
        depth[i] = 1 + (da > db ? da : db);
        if (r->bad || nc.kind < NC_NAME || nc.kind > NC_CHOICE ||
            (name && (!nc.ns || !nc.local || nc.a != NC_NONE)) ||
            (nc.kind == NC_NSNAME && !nc.ns) || (!choice && nc.b != NC_NONE) ||
            (choice && (nc.a >= i || nc.b >= i)) ||
            (!choice && nc.a != NC_NONE && nc.a >= i) ||
            depth[i] > TC_RNG_MAX_DEPTH)
            rc = -1;
        g->nc[i] = nc;
        g->nnc = i + 1;
    }
    free(depth);
    return r->bad ? -1 : rc;
}

static int read_patterns(reader *r, tc_rng_grammar *g)
{
    uint32_t n = get32(r);
    if (r->bad || n <= RNG_TEXT || n - RNG_TEXT - 1 > r->left / 16)
        return -1;
    for (uint32_t i = RNG_TEXT + 1; i < n; i++) {
        uint32_t kind = get32(r), a = get32(r), b = get32(r), c = get32(r);
        if (r->bad || kind > RK_ELEMENT ||
            (kind == RK_DATA && a >= g->types.ndt) ||
            (kind == RK_VALUE && a >= g->types.nval) ||
            ((kind == RK_ATTRIBUTE || kind == RK_ELEMENT) && a >= g->nnc) ||
            (kind == RK_ELEMENT && b >= n) ||
            rng_store_add_raw(&g->st, (uint8_t)kind, a, b, c) != i)
            return -1;
    }
    g->start = get32(r);
    g->nel = get_count(r, 4);
    g->capel = g->nel;
    g->elements = malloc((g->nel ? g->nel : 1) * sizeof(*g->elements));
    if (!g->elements || r->bad || g->start >= n)
        return -1;
    for (uint32_t i = 0; i < g->nel; i++) {
        g->elements[i] = get32(r);
        if (g->elements[i] >= n ||
            rng_get(&g->st, g->elements[i])->kind != RK_ELEMENT)
            return -1;
    }
    return r->bad ? -1 : 0;
}

/* The ID attributes (names only: nothing to check but the kind). */
static int read_ids(reader *r, tc_rng_grammar *g)
{
    g->nids = g->capids = get_count(r, 4 + 4 * 5);
    g->ids = malloc((g->nids ? g->nids : 1) * sizeof(*g->ids));
    if (!g->ids) {
        g->nids = 0;
        return -1;
    }
    for (size_t i = 0; i < g->nids; i++) {
        rng_idattr *ia = &g->ids[i];
        ia->kind = (int)get32(r);
        ia->el_ns = rng_names_get(g->names, BAD_CAST get_str(r), -1);
        ia->el_local = rng_names_get(g->names, BAD_CAST get_str(r), -1);
        ia->at_ns = rng_names_get(g->names, BAD_CAST get_str(r), -1);
        ia->at_local = rng_names_get(g->names, BAD_CAST get_str(r), -1);
        if (r->bad || ia->kind < 1 || ia->kind > 3 || !ia->el_ns ||
            !ia->el_local || !ia->at_ns || !ia->at_local)
            return -1;
    }
    return r->bad ? -1 : 0;
}

tc_rng_grammar *tc_rng_cache_decode(const char *path, const unsigned char *buf,
                                    size_t len)
{
    if (len < 8)
        return NULL;
    uint64_t sum;
    memcpy(&sum, buf + len - 8, 8);
    if (sum != tc_rng_cache_sum(buf, len - 8))
        return NULL;
    reader r = {buf, len - 8, 0};
    char *abs = absolute(path);
    tc_rng_grammar *g = abs ? calloc(1, sizeof(*g)) : NULL;
    int ok = g && get32(&r) == MAGIC && get32(&r) == FORMAT &&
             same_str(&r, TC_VERSION_STRING) &&
             same_str(&r, xmlParserVersion) && same_str(&r, abs) &&
             files_unchanged(&r, abs, g);
    free(abs);
    if (ok)
        g->names = rng_names_new();
    int failed = 0;
    if (!ok || !g->names || rng_store_init(&g->st, NULL) != 0 ||
        read_types(&r, g) != 0 || read_name_classes(&r, g) != 0 ||
        read_patterns(&r, g) != 0 || read_ids(&r, g) != 0 || r.left != 0 ||
        rng_grammar_depth(g, &failed) > TC_RNG_MAX_DEPTH || failed) {
        tc_rng_grammar_free(g);
        return NULL;
    }
    return g;
}

tc_rng_grammar *tc_rng_cache_load(const char *path)
{
    if (!tc_rng_cache_enabled())
        return NULL;
    char *abs = absolute(path);
    char *name = abs ? entry_name(abs) : NULL;
    int dfd = name ? cache_dir(0) : -1;
    unsigned char *buf = NULL;
    size_t len = 0;
    tc_rng_grammar *g = NULL;
    if (dfd >= 0 && read_all(dfd, name, O_NOFOLLOW, 1, &buf, &len) == 0)
        g = tc_rng_cache_decode(path, buf, len);
    if (dfd >= 0)
        close(dfd);
    free(buf);
    free(name);
    free(abs);
    return g;
}
