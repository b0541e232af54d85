/* test_oom.c: out-of-memory fault injection: a whole conversion of the seed
 * (decode, parse, TEI build, serialise) is run again and again with the
 * n-th allocation failing, for every n, and must end in a clean error:
 * no crash, no leak. Then the seed's TEI is rendered into each other
 * format through libxslt (tc_render of ead, ead3, html, text, dc) with the
 * n-th allocation failing, each run in a child process (see below), every
 * 16th n by default (about 20 s; TC_OOM_FULL=1 tries every n: 28,692
 * runs, 7.5 min on the 2-core CI machine). malloc and friends are replaced in this
 * executable (glibc lets a program define them) and forward to glibc's
 * own; libxml2 and libxslt allocate through them too (xmlMalloc is malloc).
 * Not run under ASan or valgrind, which replace malloc themselves. */
#define _GNU_SOURCE /* dladdr, REG_RIP */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxslt/xsltutils.h>

#include "testutil.h"
#include "teiconv.h"

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static long fail_at = -1;   /* allocation number that fails; -1: none */
static long alloc_count;    /* allocations since the last reset */
static long live;           /* allocations not yet freed */
static int hit;             /* the injected failure happened */
static void *fail_caller;   /* the code whose allocation failed */

/* While an injected run goes on, its live blocks and the code that asked
 * for each (the caller of malloc): after a leak, whether the blocks came
 * from our code or from inside libxml2/libxslt. Linear probing, with
 * deletion by backward shift so that only live blocks take slots. */
#define TRACK_BITS 17
#define TRACK_SLOTS (1u << TRACK_BITS)
#define TRACK_MASK (TRACK_SLOTS - 1)
typedef struct tracked {
    void *p;
    void *caller;
} tracked;
static tracked *track;    /* TRACK_SLOTS, from glibc's calloc */
static size_t track_used;
static int tracking;      /* record into track */
static int track_full;    /* gave up: too many live blocks */

static size_t slot_of(const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> (64 - TRACK_BITS));
}

static void track_add(void *p, void *caller)
{
    if (!tracking || !p)
        return;
    if (track_used >= TRACK_SLOTS / 4 * 3) {
        track_full = 1;
        return;
    }
    size_t i = slot_of(p);
    while (track[i].p)
        i = (i + 1) & TRACK_MASK;
    track[i].p = p;
    track[i].caller = caller;
    track_used++;
}

static void track_del(void *p)
{
    if (!tracking || !p)
        return;
    size_t i = slot_of(p);
    while (track[i].p && track[i].p != p)
        i = (i + 1) & TRACK_MASK;
    if (!track[i].p)
        return; /* allocated before the run */
    for (size_t j = i;;) {
        j = (j + 1) & TRACK_MASK;
        if (!track[j].p)
            break;
        size_t k = slot_of(track[j].p);
        int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (!stays) {
            track[i] = track[j];
            i = j;
        }
    }
    track[i].p = NULL;
    track_used--;
}

/* Called at the injected failure: a place for a debugger's breakpoint
 * (gdb: break injected_failure if fail_at == N) to see which site it is. */
__attribute__((noinline)) void injected_failure(void);
__attribute__((noinline)) void injected_failure(void)
{
    hit = 1;
    __asm__ volatile("");
}

static int should_fail(void *caller)
{
    if (fail_at >= 0 && alloc_count++ == fail_at) {
        fail_caller = caller;
        injected_failure();
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    void *caller = __builtin_return_address(0);
    if (should_fail(caller))
        return NULL;
    void *p = __libc_malloc(n);
    if (p)
        live++;
    track_add(p, caller);
    return p;
}

void *calloc(size_t a, size_t b)
{
    void *caller = __builtin_return_address(0);
    if (should_fail(caller))
        return NULL;
    void *p = __libc_calloc(a, b);
    if (p)
        live++;
    track_add(p, caller);
    return p;
}

void *realloc(void *old, size_t n)
{
    void *caller = __builtin_return_address(0);
    if (should_fail(caller))
        return NULL;
    void *p = __libc_realloc(old, n);
    if (p && !old)
        live++;
    if (p) {
        track_del(old);
        track_add(p, caller);
    }
    return p;
}

void free(void *p)
{
    if (p)
        live--;
    track_del(p);
    __libc_free(p);
}

/* 1 when code at addr is in this executable (the test and the library,
 * linked statically), 0 when it is in a shared library (libxml2, ...). */
static int is_ours(void *addr)
{
    Dl_info self, it;
    if (!dladdr((void *)is_ours, &self) || !dladdr(addr, &it))
        return 0;
    return it.dli_fbase == self.dli_fbase;
}

/* "xmlXPathCompiledEval (libxml2.so.2)": the function holding addr. */
static void describe(void *addr, char *buf, size_t size)
{
    Dl_info it;
    if (!dladdr(addr, &it)) {
        snprintf(buf, size, "%p", addr);
        return;
    }
    const char *lib = it.dli_fname ? strrchr(it.dli_fname, '/') : NULL;
    snprintf(buf, size, "%s+%#lx (%s)", it.dli_sname ? it.dli_sname : "?",
             (unsigned long)((char *)addr -
                             (char *)(it.dli_saddr ? it.dli_saddr
                                                   : it.dli_fbase)),
             lib ? lib + 1 : "?");
}

/* One conversion; returns its status. */
static tc_status convert_seed(const char *raw, size_t len)
{
    tc_diags *d = tc_diags_new();
    if (!d)
        return TC_E_NOMEM;
    char *text = NULL;
    size_t tlen = 0;
    tc_record *r = NULL;
    xmlDocPtr doc = NULL;
    char *xml = NULL;
    size_t xlen = 0;
    tc_status st = tc_text_decode(raw, len, NULL, "seed", &text, &tlen, d);
    if (st == TC_OK)
        st = tc_record_parse(text, tlen, "seed", &r, d);
    if (st == TC_OK)
        st = tc_tei_build(r, &doc, d);
    if (st == TC_OK)
        st = tc_xml_serialize(doc, &xml, &xlen);
    free(xml);
    xmlFreeDoc(doc);
    tc_record_free(r);
    free(text);
    tc_diags_free(d);
    return st;
}

static void every_allocation_failure_is_clean(void **state)
{
    (void)state;
    size_t len;
    char *raw = tu_read_source_file("examples/wilson-111189.txt", &len);
    xmlInitParser();
    assert_int_equal(convert_seed(raw, len), TC_OK); /* warm-up */
    long failures = 0;
    for (long n = 0;; n++) {
        fail_at = n;
        alloc_count = 0;
        hit = 0;
        long before = live;
        tc_status st = convert_seed(raw, len);
        /* libxml2 keeps a copy of its last error per thread: not a leak */
        xmlResetLastError();
        long leaked = live - before;
        fail_at = -1;
        if (!hit) {
            assert_int_equal(st, TC_OK);
            printf("# %ld allocation sites failed one at a time, all clean\n",
                   failures);
            break;
        }
        failures++;
        if (leaked != 0)
            fail_msg("allocation %ld failing leaks %ld blocks", n, leaked);
        /* libxml2 may absorb a failure and still succeed; that is fine */
    }
    assert_true(failures > 100);
    free(raw);
}

/* ---- rendering through libxslt ------------------------------------------ */

/* Each injected render runs in a child process: libxml2 2.9 and libxslt
 * 1.1 do not survive every allocation failure (a crash inside their XPath
 * evaluation, a block they leak), and a crash must not end the sweep. The
 * child says what happened through a shared page; the parent judges. A
 * crash or a leak counts as theirs, not ours, only when the failing
 * allocation was asked for by libxml2/libxslt code, the crash happened in
 * their code, and every leaked block was allocated by their code: anything
 * touching our code fails the test. Their sites are printed, one a line.
 * With libxml2 2.9.14 and libxslt 1.1.35 the full sweep finds no fault of
 * ours; theirs are nearly all in libxml2's XPath evaluator (a crash after
 * a failed node-set allocation in 6,528 runs, a leaked node set in about
 * 1,200, exit(1) from its timsort in 5), a few in libxslt's variable
 * handling (xsltEvalGlobalVariables, xsltLocalVariablePush). */
typedef struct child_report {
    int hit;            /* the injected failure happened */
    tc_status st;
    long leaked;        /* blocks */
    int leak_ours;      /* a leaked block was allocated by our code */
    void *leak_site;    /* the caller of malloc for one leaked block */
    int wrong;          /* TC_OK with other bytes than without failures */
    int sig;            /* the signal that ended the child, or 0 */
    int exited;         /* the child called exit() (libxml2's timsort does
                           on a failed allocation): not a clean error */
    void *crash_pc;
    void *fail_caller;
} child_report;

static child_report *shared_report;

static void on_crash(int sig, siginfo_t *si, void *uc_void)
{
    (void)si;
    ucontext_t *uc = uc_void;
    shared_report->sig = sig;
    shared_report->crash_pc = (void *)uc->uc_mcontext.gregs[REG_RIP];
    shared_report->fail_caller = fail_caller;
    shared_report->hit = hit;
    _exit(70);
}

static void on_exit_in_child(void)
{
    shared_report->exited = 1;
    shared_report->fail_caller = fail_caller;
    shared_report->hit = hit;
}

typedef struct render_case {
    const tc_engine *e;
    tc_format f;
    xmlDocPtr tei;
    const char *want;   /* the output without injected failures */
    size_t want_len;
} render_case;

static tc_status render_once(const render_case *c, int *wrong)
{
    tc_diags *d = tc_diags_new();
    if (!d)
        return TC_E_NOMEM;
    const char *params[] = {"record-stem", "seed", NULL};
    char *out = NULL;
    size_t len = 0;
    tc_status st = tc_render(c->e, c->f, c->tei, params, &out, &len, d);
    /* a success must be the whole output, not one with a piece missing */
    *wrong = st == TC_OK && c->want &&
             (len != c->want_len || memcmp(out, c->want, len) != 0);
    /* every diagnostic must still format (NULL is fine: out of memory) */
    for (size_t i = 0; i < tc_diags_count(d); i++)
        free(tc_diag_format(tc_diags_at(d, i), TC_DIAG_TEXT));
    free(out);
    tc_diags_free(d);
    return st;
}

/* In the child: allocation n fails; the outcome goes to shared_report. */
static void child_render(const render_case *c, long n)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
    atexit(on_exit_in_child); /* our own end is _exit: it never runs */
    track = __libc_calloc(TRACK_SLOTS, sizeof *track);
    if (!track)
        _exit(71);
    child_report *r = shared_report;
    int wrong = 0;
    fail_at = n;
    alloc_count = 0;
    hit = 0;
    long before = live;
    tracking = 1;
    r->st = render_once(c, &wrong);
    xmlResetLastError(); /* libxml2's copy of its last error: not a leak */
    tracking = 0;
    fail_at = -1;
    r->hit = hit;
    r->fail_caller = fail_caller;
    r->wrong = wrong;
    r->leaked = live - before;
    if (r->leaked && !track_full) {
        for (size_t i = 0; i < TRACK_SLOTS; i++) {
            if (!track[i].p)
                continue;
            if (!r->leak_site || is_ours(track[i].caller))
                r->leak_site = track[i].caller;
            r->leak_ours |= is_ours(track[i].caller);
        }
    }
    r->leak_ours |= r->leaked && track_full;
    _exit(0);
}

/* TC_OOM_STRIDE=k fails every k-th allocation only (the default, below,
 * keeps the suite quick); TC_OOM_FULL=1 (or TC_OOM_STRIDE=1) fails each. */
#define RENDER_STRIDE_DEFAULT 16

static long render_stride(void)
{
    const char *full = getenv("TC_OOM_FULL");
    if (full && strcmp(full, "1") == 0)
        return 1;
    const char *s = getenv("TC_OOM_STRIDE");
    long v = s ? strtol(s, NULL, 10) : 0;
    return v > 0 ? v : RENDER_STRIDE_DEFAULT;
}

typedef struct sweep {
    long failures, errors, wrong, their_crashes, their_leaks;
} sweep;

/* Run allocation n failing in a child; 0 when the render needed fewer. */
static int inject_in_child(const render_case *c, long n, sweep *sw)
{
    memset(shared_report, 0, sizeof *shared_report);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0)
        fail_msg("fork: %s", strerror(errno));
    if (pid == 0)
        child_render(c, n);
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        fail_msg("waitpid: %s", strerror(errno));
    const child_report *r = shared_report;
    char site[256], where[256];
    describe(r->fail_caller, site, sizeof site);
    if (r->sig) {
        describe(r->crash_pc, where, sizeof where);
        if (!r->hit || is_ours(r->fail_caller) || is_ours(r->crash_pc))
            fail_msg("%s: allocation %ld failing (at %s): signal %d at %s",
                     tc_format_name(c->f), n, site, r->sig, where);
        sw->failures++;
        sw->their_crashes++;
        printf("# %s: libxml2/libxslt crash: allocation %ld failing at %s, "
               "signal %d at %s\n", tc_format_name(c->f), n, site, r->sig,
               where);
        return 1;
    }
    if (r->exited) {
        /* libxml2 2.9's node-set sort (timsort) prints "Error allocating
         * temporary storage for tim sort" and calls exit(1) */
        if (!r->hit || is_ours(r->fail_caller))
            fail_msg("%s: allocation %ld failing (at %s): exit() called",
                     tc_format_name(c->f), n, site);
        sw->failures++;
        sw->their_crashes++;
        printf("# %s: libxml2/libxslt exit(): allocation %ld failing at %s\n",
               tc_format_name(c->f), n, site);
        return 1;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail_msg("%s: allocation %ld: child ended with status %#x",
                 tc_format_name(c->f), n, status);
    if (!r->hit) {
        assert_int_equal(r->st, TC_OK);
        return 0;
    }
    sw->failures++;
    sw->errors += r->st != TC_OK;
    sw->wrong += r->wrong;
    if (r->leaked) {
        describe(r->leak_site, where, sizeof where);
        if (r->leak_ours || is_ours(r->fail_caller))
            fail_msg("%s: allocation %ld failing (at %s) leaks %ld blocks "
                     "(one allocated at %s)", tc_format_name(c->f), n, site,
                     r->leaked, where);
        sw->their_leaks++;
        printf("# %s: libxml2/libxslt leak: allocation %ld failing at %s "
               "leaks %ld block%s (allocated at %s)\n", tc_format_name(c->f),
               n, site, r->leaked, r->leaked == 1 ? "" : "s", where);
    }
    return 1;
}

static void silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void every_allocation_failure_in_rendering_is_clean(void **state)
{
    (void)state;
    shared_report = mmap(NULL, sizeof *shared_report, PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    assert_true(shared_report != MAP_FAILED);
    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    assert_int_equal(tc_engine_new(NULL, TC_FMT_ALL, &e, d), TC_OK);
    xmlDocPtr tei = tu_fixture_tei("examples/wilson-111189.txt");
    static const tc_format formats[] = {TC_FMT_EAD, TC_FMT_EAD3, TC_FMT_HTML,
                                        TC_FMT_TEXT, TC_FMT_DC};
    long stride = render_stride();
    sweep all = {0};
    for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
        render_case c = {e, formats[k], tei, NULL, 0};
        /* the output without failures, after a warm-up run (one-time
         * set-up inside libxslt is then done in the parent, not a leak) */
        int wrong;
        assert_int_equal(render_once(&c, &wrong), TC_OK);
        const char *params[] = {"record-stem", "seed", NULL};
        char *want = NULL;
        assert_int_equal(tc_render(e, c.f, tei, params, &want, &c.want_len,
                                   d), TC_OK);
        c.want = want;
        sweep sw = {0};
        /* each format starts at another offset, so that with a stride the
         * formats together reach more sites */
        for (long n = (long)k % stride; inject_in_child(&c, n, &sw);
             n += stride)
            ;
        printf("# %s: %ld allocations failed (every %ld), %ld ended in an "
               "error, %ld in the complete output, %ld in a wrong one; "
               "libxml2/libxslt crashed or exited %ld times, leaked %ld "
               "times\n",
               tc_format_name(c.f), sw.failures, stride, sw.errors,
               sw.failures - sw.errors - sw.wrong - sw.their_crashes,
               sw.wrong,
               sw.their_crashes, sw.their_leaks);
        /* the sweep ran over the whole rendering: the smallest, DC, makes
         * about 880 allocations since the language and organisation
         * tables are C look-ups */
        assert_true(sw.failures > 500 / stride);
        /* A success must be the complete output. teiconv refuses a result
         * made while libxml2 reported running out of memory (TC_E_NOMEM);
         * what remains are failures libxml2/libxslt swallow without a word
         * (a string or a node silently left out: in the full sweep 717 of
         * 18,695 text renders, 2 to 4 of about 2,800 in each other
         * format). Counted and printed, theirs to fix; it must stay rare. */
        assert_true(sw.wrong * 10 <= sw.failures);
        all.failures += sw.failures;
        all.their_crashes += sw.their_crashes;
        free(want);
    }
    /* their crashes must leave most sites tested, or the sweep says
     * little about our code */
    assert_true(all.their_crashes * 2 <= all.failures);
    xmlFreeDoc(tei);
    tc_engine_free(e);
    tc_diags_free(d);
    munmap(shared_report, sizeof *shared_report);
}

int main(void)
{
    /* libxml2 prints "Memory allocation failed" on stderr by itself */
    xmlSetGenericErrorFunc(NULL, silent);
    xsltSetGenericErrorFunc(NULL, silent);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_failure_is_clean),
        cmocka_unit_test(every_allocation_failure_in_rendering_is_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
