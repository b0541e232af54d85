/* read_guard.c: libxml2's only file reader: regular files opened without
 * blocking, confined to the input's folder tree while an input is at work. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlmemory.h>

#include "base/util.h"
#include "base/read_guard.h"

/* Process-wide, set before the work starts (see the header). */
static char **allowed; /* --allow-read folders, real paths */
static size_t nallowed;
static size_t include_max = TC_DEFAULT_MAX_SIZE;

static __thread tc_read_scope *current;

/* A path from what libxml2 hands over: "file://" URLs unescaped, other
 * URLs refused (NULL), plain paths kept. Caller frees. */
static char *local_path(const char *name)
{
    if (!name)
        return NULL;
    if (strncmp(name, "file://localhost/", 17) == 0)
        name += 16;
    else if (strncmp(name, "file:///", 8) == 0)
        name += 7;
    else if (strncmp(name, "file:", 5) == 0 || strstr(name, "://"))
        return NULL;
    else
        return tc_strdup(name);
    char *raw = xmlURIUnescapeString(name, 0, NULL);
    char *p = raw ? tc_strdup(raw) : NULL;
    xmlFree(raw);
    return p;
}

/* The real folder of path (a file, or a folder when is_dir). */
static char *real_folder(const char *path, int is_dir)
{
    char *p = local_path(path);
    if (!p)
        return NULL;
    char *real = realpath(p, NULL);
    free(p);
    if (!real || is_dir)
        return real;
    char *slash = strrchr(real, '/');
    if (slash == real)
        slash[1] = '\0'; /* a file in / */
    else if (slash)
        *slash = '\0';
    return real;
}

static int below(const char *real, const char *root)
{
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/')
        return 1;
    return strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

static int inside_scope(const tc_read_scope *s, const char *real)
{
    for (size_t i = 0; i < s->nroots; i++)
        if (below(real, s->roots[i]))
            return 1;
    for (size_t i = 0; i < nallowed; i++)
        if (below(real, allowed[i]))
            return 1;
    return 0;
}

static void refuse(tc_read_scope *s, const char *href, const char *why)
{
    s->refused++;
    tc_diags_add(s->d, TC_SEV_WARNING, "TC057", s->file, 0, 0, NULL,
                 "inputs may read only regular files in their own folder "
                 "tree; --allow-read DIR widens that",
                 "read of %s refused: %s", href, why);
}

int tc_read_allowed(const char *path)
{
    tc_read_scope *s = current;
    if (!s)
        return 1;
    char *p = local_path(path);
    char *real = p ? realpath(p, NULL) : NULL;
    struct stat st;
    const char *why = !p      ? "not a local file"
                      : !real ? strerror(errno)
                      : stat(real, &st) != 0 || !S_ISREG(st.st_mode)
                          ? "not a regular file"
                      : !inside_scope(s, real) ? "outside the input's folder"
                                               : NULL;
    if (why)
        refuse(s, path, why);
    free(p);
    free(real);
    return why == NULL;
}

/* ---- the input callbacks -------------------------------------------- */

typedef struct guarded_file {
    int fd;
    tc_read_scope *scope; /* charged for what is read, or NULL */
} guarded_file;

static int guard_match(const char *name)
{
    (void)name;
    return 1; /* every load is ours: the defaults and the network are gone */
}

/* The real path of an open file: /proc/self/fd tells what was opened
 * (no race with a link swapped in between), realpath otherwise. */
static char *real_of_fd(int fd, const char *path)
{
    char link[64], buf[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, buf, sizeof buf - 1);
    if (n > 0 && buf[0] == '/') {
        buf[n] = '\0';
        return tc_strdup(buf);
    }
    return realpath(path, NULL);
}

char *tc_local_file(const char *name)
{
    char *path = local_path(name);
    struct stat st;
    if (!path || !strchr(path, '%') || stat(path, &st) == 0)
        return path;
    /* libxslt builds an import's path as a URI ("/my%20tools/..."): the
     * file's own name, as libxml2's file reader reads it */
    char *raw = xmlURIUnescapeString(path, 0, NULL);
    char *plain = raw ? tc_strdup(raw) : NULL;
    xmlFree(raw);
    if (plain && stat(plain, &st) == 0) {
        free(path);
        return plain;
    }
    free(plain);
    return path;
}

static void *guard_open(const char *name)
{
    tc_read_scope *s = current;
    char *path = tc_local_file(name);
    if (!path) {
        if (s)
            refuse(s, name,
                   "not a local file (teiconv never uses the network)");
        return NULL;
    }
    /* O_NONBLOCK: a FIFO without a writer must not hang the open */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    struct stat st;
    const char *why = NULL;
    if (fd < 0)
        why = NULL; /* a missing file: libxml2 says so itself */
    else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        why = "not a regular file";
    if (fd >= 0 && !why && s) {
        char *real = real_of_fd(fd, path);
        if (!real || !inside_scope(s, real))
            why = "outside the input's folder";
        free(real);
    }
    if (why) {
        if (s)
            refuse(s, name, why);
        close(fd);
        fd = -1;
    }
    free(path);
    if (fd < 0)
        return NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    guarded_file *g = malloc(sizeof(*g));
    if (!g) {
        close(fd);
        return NULL;
    }
    g->fd = fd;
    g->scope = s;
    return g;
}

static int guard_read(void *ctx, char *buf, int len)
{
    guarded_file *g = ctx;
    if (len <= 0)
        return 0;
    ssize_t n;
    do
        n = read(g->fd, buf, (size_t)len);
    while (n < 0 && errno == EINTR);
    if (n > 0 && g->scope) {
        if ((size_t)n > g->scope->left) {
            tc_diags_add(g->scope->d, TC_SEV_ERROR, "TC057", g->scope->file, 0,
                         0, NULL, "raise --max-size if the files are genuine",
                         "files read for this input pass --max-size (%zu "
                         "bytes): reading stopped",
                         include_max);
            g->scope->left = 0;
            return -1;
        }
        g->scope->left -= (size_t)n;
    }
    return n < 0 ? -1 : (int)n;
}

static int guard_close(void *ctx)
{
    guarded_file *g = ctx;
    int rc = g ? close(g->fd) : 0;
    free(g);
    return rc;
}

/* Trust the folder of each catalog in XML_CATALOG_FILES (libxml2 reads
 * them lazily, maybe while an input is at work): they are the user's set-up,
 * like the schemas they map to. */
static void trust_catalogs(void)
{
    const char *env = getenv("XML_CATALOG_FILES");
    char *list = tc_strdup(env ? env : "/etc/xml/catalog");
    char *save = NULL;
    for (char *f = list ? strtok_r(list, " \t\n", &save) : NULL; f;
         f = strtok_r(NULL, " \t\n", &save))
        tc_read_trust_folder_of(f);
    free(list);
}

static void add_allowed(char *real)
{
    char **v = realloc(allowed, (nallowed + 1) * sizeof(*v));
    if (!v) {
        free(real);
        return;
    }
    allowed = v;
    allowed[nallowed++] = real;
}

void tc_read_trust_folder_of(const char *file)
{
    char *real = real_folder(file, 0);
    if (real)
        add_allowed(real);
}

void tc_read_guard_install(void)
{
    trust_catalogs();
    xmlCleanupInputCallbacks();
    xmlRegisterInputCallbacks(guard_match, guard_open, guard_read, guard_close);
}

/* ---- scopes and settings --------------------------------------------- */

void tc_read_scope_begin(tc_read_scope *s, const char *input, const char *extra,
                         const char *file, tc_diags *d)
{
    memset(s, 0, sizeof(*s));
    s->file = file;
    s->d = d;
    s->left = include_max ? include_max : SIZE_MAX;
    const char *from[2] = {input, extra};
    for (int i = 0; i < 2; i++) {
        char *r = from[i] ? real_folder(from[i], 0) : NULL;
        if (r)
            s->roots[s->nroots++] = r;
    }
    s->prev = current;
    current = s;
}

void tc_read_scope_end(tc_read_scope *s)
{
    current = s->prev;
    for (size_t i = 0; i < s->nroots; i++)
        free(s->roots[i]);
    s->nroots = 0;
}

tc_read_scope *tc_read_scope_suspend(void)
{
    tc_read_scope *s = current;
    current = NULL;
    return s;
}

void tc_read_scope_resume(tc_read_scope *saved)
{
    current = saved;
}

tc_status tc_allow_read(const char *dir)
{
    char *real = real_folder(dir, 1);
    struct stat st;
    if (!real || stat(real, &st) != 0 || !S_ISDIR(st.st_mode)) {
        free(real);
        return TC_E_USAGE;
    }
    size_t before = nallowed;
    add_allowed(real);
    return nallowed > before ? TC_OK : TC_E_NOMEM;
}

void tc_set_include_max(size_t bytes)
{
    include_max = bytes;
}
