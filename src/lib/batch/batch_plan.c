/* batch_plan.c: before a batch starts: gather inputs (arguments, folder
 * walks, lists), keep this shard's, find output name clashes, prepare the
 * output folders and clear what an earlier killed run left behind. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch/batch.h"
#include "xslt/engine.h"
#include "base/util.h"

/* Paths are many and small: carve them from big blocks instead of one
 * malloc each, and free them all at once. */
struct tc_arena_block {
    tc_arena_block *next;
    size_t used;
    size_t cap;
    char data[];
};

static char *arena_strndup(tc_plan *p, const char *s, size_t n)
{
    tc_arena_block *b = p->arena;
    if (!b || b->cap - b->used < n + 1) {
        size_t cap = n + 1 > 65536 ? n + 1 : 65536;
        b = malloc(sizeof(*b) + cap);
        if (!b)
            return NULL;
        b->next = p->arena;
        b->used = 0;
        b->cap = cap;
        p->arena = b;
    }
    char *r = b->data + b->used;
    memcpy(r, s, n);
    r[n] = '\0';
    b->used += n + 1;
    return r;
}

void tc_plan_free(tc_plan *p)
{
    tc_arena_block *b = p->arena;
    while (b) {
        tc_arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(p->items);
    free(p->dirs);
    memset(p, 0, sizeof(*p));
}

unsigned tc_shard_of(const char *rel, unsigned count)
{
    /* FNV-1a: stable across machines and runs, unlike the order in which
     * each machine happens to list the files. */
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *s = (const unsigned char *)rel; *s; s++) {
        h ^= *s;
        h *= 1099511628211ull;
    }
    return count ? (unsigned)(h % count) : 0;
}

static int ends_with(const char *name, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && memcmp(name + n - k, suffix, k) == 0;
}

/* Input suffixes are matched whatever their case (UPPER.TXT, Page.Xml). */
static int ends_with_nocase(const char *name, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && strncasecmp(name + n - k, suffix, k) == 0;
}

size_t tc_strip_suffix(const char *name, size_t n, int outputs)
{
    static const char *const in_exts[] = {".tei.xml", ".xml", ".txt"};
    if (outputs) {
        for (int i = 0; i < TC_FMT_COUNT; i++) {
            const char *suf = tc_format_suffix((tc_format)(1u << i));
            if (suf && ends_with(name, n, suf))
                return n - strlen(suf);
        }
        return n;
    }
    for (size_t i = 0; i < sizeof in_exts / sizeof in_exts[0]; i++)
        if (ends_with_nocase(name, n, in_exts[i]))
            return n - strlen(in_exts[i]);
    return n;
}

int tc_mkdir_p(const char *path)
{
    struct stat st;
    if (!*path)
        return ENOENT; /* "" names no folder (and has no second byte) */
    if (stat(path, &st) == 0)
        return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
    char *copy = tc_strdup(path);
    if (!copy)
        return ENOMEM;
    int err = 0;
    for (char *s = copy + 1;; s++) {
        if (*s != '/' && *s != '\0')
            continue;
        char c = *s;
        *s = '\0';
        if (mkdir(copy, 0755) != 0 && errno != EEXIST) {
            err = errno;
            break;
        }
        *s = c;
        if (c == '\0')
            break;
    }
    free(copy);
    if (!err && (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)))
        err = ENOTDIR;
    return err;
}

static tc_status add_item(tc_plan *p, const char *path, size_t plen,
                          const char *rel, size_t rlen)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 256;
        tc_plan_item *v = realloc(p->items, cap * sizeof(*v));
        if (!v)
            return TC_E_NOMEM;
        p->items = v;
        p->cap = cap;
    }
    tc_plan_item *it = &p->items[p->n];
    it->path = arena_strndup(p, path, plen);
    it->rel = arena_strndup(p, rel, tc_strip_suffix(rel, rlen, 0));
    it->dup_of = TC_NO_DUP;
    if (!it->path || !it->rel)
        return TC_E_NOMEM;
    p->n++;
    return TC_OK;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_input_name(const char *name, int xml_only)
{
    size_t n = strlen(name);
    return name[0] != '.' && !strstr(name, TC_TEMP_MARK) &&
           ((!xml_only && ends_with_nocase(name, n, ".txt")) ||
            ends_with_nocase(name, n, ".xml"));
}

typedef struct walk_ctx {
    tc_plan *p;
    dev_t out_dev;
    ino_t out_ino;
    int have_out;
    int in_place; /* walking the output folder itself (-o IN IN) */
    const tc_batch_opts *o;
    tc_diags *d;
    const char *root; /* real path of the folder argument being walked */
    int follow_links; /* --follow-links */
    int xml_only;     /* a validation: only *.xml files are inputs */
} walk_ctx;

/* In place, a file named like one of the outputs asked for is an output
 * of this run (or of an earlier one), never an input. */
static int is_own_output(const walk_ctx *w, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        tc_format f = (tc_format)(1u << i);
        if ((w->o->formats & f) && ends_with(name, n, tc_format_suffix(f)))
            return 1;
    }
    return w->o->user_suffix && ends_with(name, n, w->o->user_suffix);
}

/* Whether a walked entry that is not a folder becomes an input (ls: its
 * lstat, NULL when that failed): regular files do; a symbolic link only
 * when it leads to a regular file inside the folder walked (or with
 * --follow-links); FIFOs, sockets and devices never (reading them could
 * hang or never end). What is unreadable or dangling is kept, for the
 * batch to report. Skips are noted (TC096). */
static int walk_keeps(const walk_ctx *w, const char *path,
                      const struct stat *ls)
{
    if (!ls || S_ISREG(ls->st_mode))
        return 1;
    struct stat st;
    const char *what = NULL;
    if (!S_ISLNK(ls->st_mode))
        what = "not a regular file (FIFO, socket or device): skipped";
    else if (stat(path, &st) != 0)
        return 1;
    else if (!S_ISREG(st.st_mode))
        what = "symbolic link to something that is not a regular file: "
               "skipped";
    if (what) {
        tc_diags_add(w->d, TC_SEV_NOTE, "TC096", path, 0, 0, NULL, NULL, "%s",
                     what);
        return 0;
    }
    if (w->follow_links || !w->root)
        return 1;
    char *real = realpath(path, NULL);
    size_t n = strlen(w->root);
    int inside = !real || (strncmp(real, w->root, n) == 0 &&
                           (real[n] == '/' || strcmp(w->root, "/") == 0));
    if (!inside)
        tc_diags_add(w->d, TC_SEV_NOTE, "TC096", path, 0, 0, NULL,
                     "pass --follow-links to read it anyway",
                     "symbolic link leads outside the folder (to %s): "
                     "skipped",
                     real);
    free(real);
    return inside;
}

/* Walk dir (rel is its path below the argument, "" at the top) in name
 * order, so that the batch order does not depend on the file system. */
static tc_status walk(walk_ctx *w, const char *dir, const char *rel)
{
    DIR *dh = opendir(dir);
    if (!dh) {
        tc_diags_add(w->d, TC_SEV_ERROR, "TC091", dir, 0, 0, NULL,
                     "check the folder's permissions", "cannot read folder: %s",
                     strerror(errno));
        return TC_OK; /* reported; the other inputs still run */
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    tc_status st = TC_OK;
    for (struct dirent *de = readdir(dh); de; de = readdir(dh)) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **v = realloc(names, cap * sizeof(*v));
            if (!v) {
                st = TC_E_NOMEM;
                break;
            }
            names = v;
        }
        names[n] = tc_strdup(de->d_name);
        if (!names[n]) {
            st = TC_E_NOMEM;
            break;
        }
        n++;
    }
    closedir(dh);
    if (names)
        qsort(names, n, sizeof(*names), cmp_str);
    for (size_t i = 0; i < n && st == TC_OK; i++) {
        char *path = tc_asprintf("%s/%s", dir, names[i]);
        char *sub =
            *rel ? tc_asprintf("%s/%s", rel, names[i]) : tc_strdup(names[i]);
        struct stat ls;
        int have_ls = path && lstat(path, &ls) == 0;
        if (!path || !sub) {
            st = TC_E_NOMEM;
        } else if (have_ls && S_ISDIR(ls.st_mode)) {
            /* Folders reached through symbolic links are not followed:
             * no loops, and each file is met once. */
            if (w->in_place || !(w->have_out && ls.st_dev == w->out_dev &&
                                 ls.st_ino == w->out_ino))
                st = walk(w, path, sub);
        } else if (is_input_name(names[i], w->xml_only) &&
                   !(w->in_place && is_own_output(w, names[i])) &&
                   walk_keeps(w, path, have_ls ? &ls : NULL)) {
            /* Kept even when unreadable or a dangling link: the batch
             * then reports it instead of silently missing it. */
            st = add_item(w->p, path, strlen(path), sub, strlen(sub));
        }
        free(path);
        free(sub);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

/* A listed path keeps its folders below the output root when it is
 * relative and stays inside (no ".."), else only its file name counts. */
static tc_status add_listed(tc_plan *p, const char *path, size_t len)
{
    while (len > 0 && (path[len - 1] == '\r' || path[len - 1] == '\n'))
        len--;
    if (len == 0)
        return TC_OK;
    char *copy = tc_strndup(path, len);
    if (!copy)
        return TC_E_NOMEM;
    const char *rel = copy;
    while (rel[0] == '.' && rel[1] == '/') {
        rel += 2;
        while (*rel == '/')
            rel++;
    }
    int inside =
        copy[0] != '/' && strncmp(rel, "../", 3) != 0 && !strstr(rel, "/../") &&
        strcmp(rel, "..") != 0 &&
        !(strlen(rel) >= 3 && strcmp(rel + strlen(rel) - 3, "/..") == 0);
    if (!inside)
        rel = base_name(copy);
    tc_status st = add_item(p, copy, len, rel, strlen(rel));
    free(copy);
    return st;
}

static tc_status read_list(tc_plan *p, const char *file, int nul, tc_diags *d)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    if (!f) {
        tc_diags_add(d, TC_SEV_ERROR, "TC092", file, 0, 0, NULL,
                     "check the path given to --files-from",
                     "cannot open the list of inputs: %s", strerror(errno));
        return TC_E_IO;
    }
    char *line = NULL;
    size_t cap = 0;
    tc_status st = TC_OK;
    while (st == TC_OK) {
        ssize_t got = getdelim(&line, &cap, nul ? '\0' : '\n', f);
        if (got <= 0)
            break;
        size_t len = (size_t)got;
        if (line[len - 1] == (nul ? '\0' : '\n'))
            len--;
        st = add_listed(p, line, len);
    }
    if (st == TC_OK && ferror(f)) {
        tc_diags_add(d, TC_SEV_ERROR, "TC092", file, 0, 0, NULL, NULL,
                     "cannot read the list of inputs");
        st = TC_E_IO;
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return st;
}

static int not_xml_by_name(const char *path)
{
    static const char *const exts[] = {".html", ".htm", ".txt", ".css"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (ends_with_nocase(path, n, exts[i]))
            return 1;
    return 0;
}

/* outdir NULL: a run that writes nothing (a validation). */
static tc_status collect(tc_plan *p, const char *const *inputs, size_t n,
                         const tc_batch_opts *o, const char *outdir,
                         tc_diags *d)
{
    walk_ctx w = {p, 0, 0, 0, 0, o, d, NULL, o->follow_links, !outdir};
    struct stat os;
    if (outdir && stat(outdir, &os) == 0) {
        w.out_dev = os.st_dev;
        w.out_ino = os.st_ino;
        w.have_out = 1;
    }
    tc_status st = TC_OK;
    for (size_t i = 0; i < n && st == TC_OK; i++) {
        struct stat s;
        if (stat(inputs[i], &s) == 0 && S_ISDIR(s.st_mode)) {
            /* -o IN IN (or `convert .` inside IN): converted in place,
             * the outputs asked for are left out of the walk */
            w.in_place =
                w.have_out && s.st_dev == w.out_dev && s.st_ino == w.out_ino;
            size_t len = strlen(inputs[i]);
            while (len > 1 && inputs[i][len - 1] == '/')
                len--;
            char *dir = tc_strndup(inputs[i], len);
            char *root = realpath(inputs[i], NULL);
            w.root = root;
            st = dir ? walk(&w, dir, "") : TC_E_NOMEM;
            w.root = NULL;
            free(root);
            free(dir);
            w.in_place = 0;
        } else if (w.xml_only && not_xml_by_name(inputs[i])) {
            /* `validate out/<all>` after a conversion: the HTML, text and CSS
             * beside the XML are not for a schema */
            tc_diags_add(d, TC_SEV_NOTE, "TC097", inputs[i], 0, 0, NULL, NULL,
                         "not an XML document (by its name): skipped");
        } else {
            /* "-" is standard input, written as OUT/stdin.* */
            const char *b =
                strcmp(inputs[i], "-") == 0 ? "stdin" : base_name(inputs[i]);
            st = add_item(p, inputs[i], strlen(inputs[i]), b, strlen(b));
        }
    }
    if (st == TC_OK && o->files_from)
        st = read_list(p, o->files_from, o->files_from_nul, d);
    return st;
}

static void keep_shard(tc_plan *p, const tc_batch_opts *o)
{
    if (o->shard_count == 0)
        return;
    size_t k = 0;
    for (size_t i = 0; i < p->n; i++)
        if (tc_shard_of(p->items[i].rel, o->shard_count) == o->shard_index - 1)
            p->items[k++] = p->items[i];
    p->n = k;
}

typedef struct rel_ref {
    const char *rel;
    size_t idx;
} rel_ref;

static int cmp_rel_ref(const void *a, const void *b)
{
    const rel_ref *x = a, *y = b;
    int c = strcmp(x->rel, y->rel);
    return c ? c : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

/* Two inputs that would write the same outputs: the later one (in input
 * order) is refused, so the result does not depend on thread timing. */
static tc_status mark_clashes(tc_plan *p)
{
    if (p->n < 2)
        return TC_OK;
    rel_ref *v = malloc(p->n * sizeof(*v));
    if (!v)
        return TC_E_NOMEM;
    for (size_t i = 0; i < p->n; i++) {
        v[i].rel = p->items[i].rel;
        v[i].idx = i;
    }
    qsort(v, p->n, sizeof(*v), cmp_rel_ref);
    size_t first = 0;
    for (size_t i = 1; i < p->n; i++) {
        if (strcmp(v[first].rel, v[i].rel) == 0)
            p->items[v[i].idx].dup_of = v[first].idx;
        else
            first = i;
    }
    free(v);
    return TC_OK;
}

static tc_status list_dirs(tc_plan *p)
{
    if (p->n == 0)
        return TC_OK;
    p->dirs = malloc(p->n * sizeof(*p->dirs));
    if (!p->dirs)
        return TC_E_NOMEM;
    for (size_t i = 0; i < p->n; i++) {
        const char *rel = p->items[i].rel;
        const char *slash = strrchr(rel, '/');
        size_t len = slash ? (size_t)(slash - rel) : 0;
        if (p->ndirs > 0 && strlen(p->dirs[p->ndirs - 1]) == len &&
            memcmp(p->dirs[p->ndirs - 1], rel, len) == 0)
            continue; /* the common case: same folder as the last one */
        const char *dir = arena_strndup(p, rel, len);
        if (!dir)
            return TC_E_NOMEM;
        p->dirs[p->ndirs++] = dir;
    }
    qsort(p->dirs, p->ndirs, sizeof(*p->dirs), cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < p->ndirs; i++)
        if (k == 0 || strcmp(p->dirs[k - 1], p->dirs[i]) != 0)
            p->dirs[k++] = p->dirs[i];
    p->ndirs = k;
    return TC_OK;
}

/* Remove the temporaries a killed run left in one output folder: those
 * whose run is gone (tc_temp_stale), never a live run's, whether another
 * slice or another run into the same folder. A temporary of an older
 * version (no run identity) is taken as stale; under a shard only when it
 * is this shard's own. */
static void clear_temporaries(const char *dir, const char *rel,
                              const tc_batch_opts *o)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return;
    for (struct dirent *de = readdir(dh); de; de = readdir(dh)) {
        const char *mark = strstr(de->d_name, TC_TEMP_MARK);
        if (!mark)
            continue;
        struct stat ls;
        int stale =
            tc_temp_stale(de->d_name, fstatat(dirfd(dh), de->d_name, &ls,
                                              AT_SYMLINK_NOFOLLOW) == 0
                                          ? &ls
                                          : NULL);
        if (stale == 0)
            continue;
        size_t n = (size_t)(mark - de->d_name);
        if (stale < 0 && o->shard_count > 0) {
            size_t stem = tc_strip_suffix(de->d_name, n, 1);
            if (stem == n)
                continue; /* not a record's output (e.g. teiconv.css) */
            char *r = *rel ? tc_asprintf("%s/%.*s", rel, (int)stem, de->d_name)
                           : tc_strndup(de->d_name, stem);
            int ours =
                r && tc_shard_of(r, o->shard_count) == o->shard_index - 1;
            free(r);
            if (!ours)
                continue;
        }
        char *path = tc_asprintf("%s/%s", dir, de->d_name);
        if (path)
            unlink(path);
        free(path);
    }
    closedir(dh);
}

/* The output folders and their teiconv.css. A folder that cannot be
 * created, or a stylesheet that cannot be written, is an error of the run
 * (in d, for the summary and the exit code) but not the end of it: the
 * inputs below that folder then fail when their outputs are written, the
 * others go on. Only running out of memory stops here. */
static tc_status prepare_dirs(tc_plan *p, const tc_engine *e,
                              const tc_batch_opts *o, const char *outdir,
                              tc_diags *d)
{
    char *css = NULL;
    size_t css_len = 0;
    if (o->formats & TC_FMT_HTML) {
        char *src = tc_asprintf("%s/xsl/lib/teiconv.css", tc_engine_datadir(e));
        tc_status st = src ? tc_file_read(src, &css, &css_len, d) : TC_E_NOMEM;
        free(src);
        if (st != TC_OK)
            return st;
    }
    /* the output root gets the stylesheet too, even when every page lies
     * in a subfolder: the collection's index.html there links it */
    int root_done = 0;
    for (size_t i = 0; i < p->ndirs; i++)
        root_done |= p->dirs[i][0] == '\0';
    tc_status st = TC_OK;
    for (size_t i = 0; i <= p->ndirs && st != TC_E_NOMEM; i++) {
        if (i == p->ndirs && (root_done || !css))
            break;
        const char *rel = i < p->ndirs ? p->dirs[i] : "";
        char *dir =
            *rel ? tc_asprintf("%s/%s", outdir, rel) : tc_strdup(outdir);
        if (!dir) {
            st = TC_E_NOMEM;
            break;
        }
        int err = tc_mkdir_p(dir);
        if (err) {
            tc_diags_add(d, TC_SEV_ERROR, "TC007", dir, 0, 0, NULL,
                         "check that the output folder is writable; the "
                         "inputs below it fail",
                         "cannot create output folder: %s", strerror(err));
        } else {
            if (i < p->ndirs)
                clear_temporaries(dir, rel, o);
            if (css) {
                char *dst = tc_asprintf("%s/teiconv.css", dir);
                /* a failure is in d (TC008): the run fails, and goes on */
                st = dst ? tc_file_write_atomic(dst, css, css_len, o->sync, d)
                         : TC_E_NOMEM;
                free(dst);
            }
        }
        free(dir);
    }
    free(css);
    return st == TC_E_NOMEM ? st : TC_OK;
}

tc_status tc_plan_build(tc_plan *p, const tc_engine *e,
                        const char *const *inputs, size_t ninputs,
                        const tc_batch_opts *o, const char *outdir, tc_diags *d)
{
    memset(p, 0, sizeof(*p));
    tc_status st = collect(p, inputs, ninputs, o, outdir, d);
    if (st == TC_OK) {
        keep_shard(p, o);
        st = mark_clashes(p);
    }
    if (st == TC_OK)
        st = list_dirs(p);
    if (st == TC_OK)
        st = prepare_dirs(p, e, o, outdir, d);
    return st;
}

tc_status tc_plan_inputs(tc_plan *p, const char *const *inputs, size_t ninputs,
                         const tc_batch_opts *o, tc_diags *d)
{
    memset(p, 0, sizeof(*p));
    tc_status st = collect(p, inputs, ninputs, o, NULL, d);
    if (st == TC_OK)
        keep_shard(p, o);
    return st;
}
