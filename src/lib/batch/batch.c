/* batch.c: tc_batch_run and tc_batch_validate: worker threads convert (or
 * validate) the planned inputs and report them back in input order, one at
 * a time; a stop request drains cleanly. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "batch/batch.h"
#include "validate/validate.h"
#include "base/util.h"

/* A finished input waits in its slot until every earlier one is reported;
 * the ring of slots bounds how far workers run ahead, which keeps memory
 * flat however many inputs there are. */
enum slot_state { SLOT_FREE = 0, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
    enum slot_state state;
    tc_item_state istate;
    tc_status status;
    unsigned outputs;
    unsigned failed; /* formats that failed: rendering or output gate */
    double ms;
    char *out_base;
    char *user_output; /* the user stylesheet's output path, when made */
    tc_diags *diags;
    tc_record_id rid; /* a validation: the input's record ID, compared when
                         it is reported */
} slot;

typedef struct run {
    const tc_engine *e;
    const tc_batch_opts *o;
    const tc_plan *plan;
    const char *outdir;
    /* every output file suffix of an input: the formats', then the user
     * stylesheet's (user_suffix, NULL without one) */
    const char *suffixes[TC_FMT_COUNT + 1];
    size_t nsuffixes;
    const char *user_suffix;
    tc_batch_stats *stats;
    tc_validator *v; /* set: validate instead of converting (e is NULL) */
    tc_idset *ids;   /* record IDs met so far, with v */
    size_t max_size; /* with v: inputs larger are refused (0 = no limit) */
    double t0;
    pthread_mutex_t mu;
    pthread_cond_t can_take; /* workers: a slot came free, or stop */
    pthread_cond_t settled;  /* caller: all reported, or a stop drained */
    size_t next;             /* next input to hand out */
    size_t reported;         /* inputs reported so far */
    size_t window;
    slot *slots;
    int stopping;
    int emitting; /* a thread is running the callbacks */
    int running;  /* workers not yet finished */
} run;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int stop_asked(const run *r)
{
    return r->o->stop && atomic_load(r->o->stop);
}

static int newer(const struct stat *a, const struct stat *b)
{
    if (a->st_mtim.tv_sec != b->st_mtim.tv_sec)
        return a->st_mtim.tv_sec > b->st_mtim.tv_sec;
    return a->st_mtim.tv_nsec > b->st_mtim.tv_nsec;
}

/* Every requested output exists and is newer than the input. */
static int up_to_date(const run *r, const char *input, const char *base)
{
    struct stat in;
    if (stat(input, &in) != 0 || !S_ISREG(in.st_mode))
        return 0;
    for (size_t i = 0; i < r->nsuffixes; i++) {
        char *path = tc_asprintf("%s%s", base, r->suffixes[i]);
        struct stat out;
        int ok = path && stat(path, &out) == 0 && newer(&out, &in);
        free(path);
        if (!ok)
            return 0;
    }
    return 1;
}

/* An output path naming the input itself (x.txt read, x.txt asked for as
 * text; a TEI x.tei.xml converted into its own folder) would destroy it.
 * Only an output with the input's own file name can be it, so the file
 * system is asked only then (it knows whether the folders are the same). */
static int overwrites_input(const run *r, const char *input, const char *base)
{
    const char *in_name = strrchr(input, '/');
    in_name = in_name ? in_name + 1 : input;
    const char *stem = strrchr(base, '/');
    stem = stem ? stem + 1 : base;
    size_t stem_len = strlen(stem);
    for (size_t i = 0; i < r->nsuffixes; i++) {
        if (strncmp(in_name, stem, stem_len) != 0 ||
            strcmp(in_name + stem_len, r->suffixes[i]) != 0)
            continue;
        char *path = tc_asprintf("%s%s", base, r->suffixes[i]);
        struct stat in, out;
        int same = path && stat(input, &in) == 0 && stat(path, &out) == 0 &&
                   out.st_dev == in.st_dev && out.st_ino == in.st_ino;
        free(path);
        if (same)
            return 1;
    }
    return 0;
}

/* --keep-invalid: an output the gate refused, written for inspection as
 * OUT/rel/stem.FMT.invalid.xml, never under its own name. */
static tc_status write_invalid(slot *s, tc_format f, const char *data,
                               size_t len, int sync)
{
    char *path =
        tc_asprintf("%s.%s.invalid.xml", s->out_base, tc_format_name(f));
    if (!path)
        return TC_E_NOMEM;
    tc_status st = tc_file_write_atomic(path, data, len, sync, s->diags);
    if (st == TC_OK)
        tc_diags_add(s->diags, TC_SEV_WARNING, "TC061", path, 0, 0, NULL,
                     "for inspection only: it is not valid; the input still "
                     "fails",
                     "the refused %s output written anyway (--keep-invalid)",
                     tc_format_name(f));
    free(path);
    return st;
}

static tc_status convert_and_write(const run *r, const tc_plan_item *it,
                                   slot *s)
{
    const tc_batch_opts *o = r->o;
    char *bytes = NULL;
    size_t len = 0;
    tc_status st = tc_file_read_max(it->path, tc_engine_max_size(r->e), &bytes,
                                    &len, s->diags);
    if (st != TC_OK)
        return st;
    const char *stem = strrchr(it->rel, '/');
    char *index = NULL; /* o->index_page seen from the input's folder */
    if (o->index_page) {
        tc_buf up = {0};
        for (const char *c = it->rel; *c; c++)
            if (*c == '/')
                tc_buf_printf(&up, "../");
        tc_buf_printf(&up, "%s", o->index_page);
        index = tc_buf_take(&up);
        if (!index) {
            free(bytes);
            return TC_E_NOMEM;
        }
    }
    tc_convert_opts co = {
        o->formats,       o->encoding,           stem ? stem + 1 : it->rel,
        o->dsc_max_depth, o->dsc_max_components, index};
    tc_result res;
    st = tc_convert_bytes(r->e, bytes, len, it->path, &co, &res, s->diags);
    free(bytes);
    free(index);
    /* outputs the gate refused (TC_E_INVALID) or whose rendering failed
     * fail the input, but the others are written all the same */
    tc_status gate =
        st != TC_OK && (res.failed || (st == TC_E_INVALID && res.refused))
            ? st
            : TC_OK;
    if (gate != TC_OK)
        st = TC_OK;
    s->failed = res.failed | res.refused;
    for (int i = 0; st == TC_OK && i < TC_FMT_COUNT; i++) {
        tc_format f = (tc_format)(1u << i);
        if (res.invalid[i] && o->keep_invalid)
            st = write_invalid(s, f, res.invalid[i], res.invalid_len[i],
                               o->sync);
        if (!res.data[i] || st != TC_OK)
            continue;
        char *path = tc_asprintf("%s%s", s->out_base, tc_format_suffix(f));
        st = path ? tc_file_write_atomic(path, res.data[i], res.len[i], o->sync,
                                         s->diags)
                  : TC_E_NOMEM;
        free(path);
        if (st == TC_OK)
            s->outputs |= f;
    }
    if (st == TC_OK && res.user) {
        s->user_output = tc_asprintf("%s%s", s->out_base, r->user_suffix);
        st = s->user_output
                 ? tc_file_write_atomic(s->user_output, res.user, res.user_len,
                                        o->sync, s->diags)
                 : TC_E_NOMEM;
        if (st != TC_OK) {
            free(s->user_output);
            s->user_output = NULL;
        }
    }
    tc_result_clear(&res);
    return st != TC_OK ? st : gate;
}

/* A validation: parse, validate, locate columns; the record ID is kept
 * for report(), which compares it in input order. */
static tc_status validate_input(const run *r, const tc_plan_item *it, slot *s)
{
    char *bytes = NULL;
    size_t len = 0;
    tc_status st =
        tc_file_read_max(it->path, r->max_size, &bytes, &len, s->diags);
    if (st != TC_OK)
        return st;
    tc_diags *found = tc_diags_new(); /* before columns are filled in */
    xmlDocPtr doc = NULL;
    if (!found)
        st = TC_E_NOMEM;
    else
        st = tc_xml_read(bytes, len, it->path, &doc, s->diags);
    if (st == TC_OK) {
        st = tc_validate_doc(r->v, doc, it->path, found);
        tc_record_id_get(doc, &s->rid);
        xmlFreeDoc(doc);
        tc_validate_locate(s->diags, found, bytes, len);
    }
    tc_diags_free(found);
    free(bytes);
    return st;
}

static void process(const run *r, size_t i, slot *s)
{
    const tc_plan_item *it = &r->plan->items[i];
    double t0 = now_ms();
    s->outputs = 0;
    s->failed = 0;
    s->istate = TC_ITEM_FAILED;
    if (r->v) {
        s->status = validate_input(r, it, s);
        if (s->status == TC_OK)
            s->istate = TC_ITEM_OK;
        s->ms = now_ms() - t0;
        return;
    }
    s->out_base = tc_asprintf("%s/%s", r->outdir, it->rel);
    if (!s->out_base) {
        s->status = TC_E_NOMEM;
    } else if (it->dup_of != TC_NO_DUP) {
        tc_diags_add(s->diags, TC_SEV_ERROR, "TC090", it->path, 0, 0, NULL,
                     "rename one of them, or convert them in separate runs "
                     "with different output folders",
                     "its outputs would overwrite those of %s",
                     r->plan->items[it->dup_of].path);
        s->status = TC_E_INPUT;
    } else if (overwrites_input(r, it->path, s->out_base)) {
        tc_diags_add(s->diags, TC_SEV_ERROR, "TC093", it->path, 0, 0, NULL,
                     "write the outputs to another folder (-o)",
                     "an output would overwrite this input");
        s->status = TC_E_INPUT;
    } else if (!r->o->force && up_to_date(r, it->path, s->out_base)) {
        s->istate = TC_ITEM_SKIPPED;
        s->status = TC_OK;
        s->outputs = r->o->formats;
        if (r->user_suffix)
            s->user_output = tc_asprintf("%s%s", s->out_base, r->user_suffix);
    } else {
        s->status = convert_and_write(r, it, s);
        if (s->status == TC_OK)
            s->istate = TC_ITEM_OK;
    }
    s->ms = now_ms() - t0;
}

static int rank(tc_status st)
{
    switch (st) {
    case TC_OK:
        return 0;
    case TC_E_INPUT:
    case TC_E_INVALID:
        return 1;
    case TC_E_USAGE:
        return 2;
    case TC_E_IO:
        return 3;
    case TC_E_NOMEM:
    case TC_E_INTERNAL:
        return 4;
    }
    return 4;
}

static void report(run *r, size_t i, slot *s)
{
    tc_batch_stats *stats = r->stats;
    if (r->ids && s->rid.value &&
        tc_idset_note(r->ids, &s->rid, r->plan->items[i].path, s->diags) !=
            TC_OK &&
        s->istate == TC_ITEM_OK) {
        s->istate = TC_ITEM_FAILED;
        s->status = TC_E_INVALID;
    }
    tc_record_id_clear(&s->rid);
    switch (s->istate) {
    case TC_ITEM_OK:
        stats->ok++;
        break;
    case TC_ITEM_SKIPPED:
        stats->skipped++;
        break;
    case TC_ITEM_FAILED:
        stats->failed++;
        if (rank(s->status) > rank(stats->worst))
            stats->worst = s->status;
        break;
    }
    if (r->o->on_item) {
        tc_batch_item item = {i,
                              r->plan->items[i].path,
                              s->out_base ? s->out_base : "",
                              s->istate,
                              s->status,
                              s->outputs,
                              s->diags,
                              s->ms,
                              s->user_output,
                              s->failed};
        r->o->on_item(&item, r->o->user);
    }
    free(s->out_base);
    s->out_base = NULL;
    free(s->user_output);
    s->user_output = NULL;
    tc_diags_clear(s->diags);
}

static void progress(const run *r, size_t reported)
{
    if (!r->o->on_progress)
        return;
    tc_batch_progress p = {reported, r->plan->n, r->stats->failed,
                           r->stats->skipped, (now_ms() - r->t0) / 1e3};
    r->o->on_progress(&p, r->o->user);
}

/* Called with mu held by the thread that holds the emitting role: report
 * every finished input that is next in order. Whichever thread finishes
 * the awaited input does this itself, so that a record costs no hand-over
 * between threads; the role keeps the callbacks from ever overlapping. */
static void drain(run *r)
{
    for (;;) {
        slot *s = &r->slots[r->reported % r->window];
        if (r->reported >= r->plan->n || s->state != SLOT_DONE)
            break;
        size_t i = r->reported;
        pthread_mutex_unlock(&r->mu);
        report(r, i, s);
        progress(r, i + 1);
        pthread_mutex_lock(&r->mu);
        s->state = SLOT_FREE;
        r->reported++;
        pthread_cond_broadcast(&r->can_take);
    }
    if (r->reported >= r->plan->n || (r->stopping && r->reported >= r->next))
        pthread_cond_signal(&r->settled);
}

static void *worker(void *arg)
{
    run *r = arg;
    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (!r->stopping && r->next < r->plan->n &&
               r->next >= r->reported + r->window && !stop_asked(r))
            pthread_cond_wait(&r->can_take, &r->mu);
        if (stop_asked(r))
            r->stopping = 1;
        if (r->stopping || r->next >= r->plan->n)
            break;
        size_t i = r->next++;
        slot *s = &r->slots[i % r->window];
        s->state = SLOT_BUSY;
        pthread_mutex_unlock(&r->mu);
        process(r, i, s);
        pthread_mutex_lock(&r->mu);
        s->state = SLOT_DONE;
        if (i == r->reported && !r->emitting) {
            r->emitting = 1;
            drain(r);
            r->emitting = 0;
        }
    }
    r->running--;
    /* The last worker out settles a stopped batch, whose last reported
     * input may have been finished by a thread that saw no stop yet. */
    if (!r->emitting) {
        r->emitting = 1;
        drain(r);
        r->emitting = 0;
    }
    if (r->running == 0)
        pthread_cond_signal(&r->settled);
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

static void deadline_in(struct timespec *ts, long ms)
{
    clock_gettime(CLOCK_REALTIME, ts);
    ts->tv_nsec += ms * 1000000L;
    ts->tv_sec += ts->tv_nsec / 1000000000L;
    ts->tv_nsec %= 1000000000L;
}

/* The calling thread: wait until everything is reported (or, after a stop,
 * until the workers are done with what they held), keeping the progress
 * bar's clock moving while no input finishes. */
static void wait_loop(run *r)
{
    pthread_mutex_lock(&r->mu);
    while (r->running > 0 || (r->reported < r->plan->n && !r->stopping)) {
        if (stop_asked(r) && !r->stopping) {
            r->stopping = 1;
            pthread_cond_broadcast(&r->can_take);
        }
        struct timespec ts;
        deadline_in(&ts, 200);
        if (pthread_cond_timedwait(&r->settled, &r->mu, &ts) == ETIMEDOUT &&
            !r->emitting) {
            r->emitting = 1;
            size_t done = r->reported;
            pthread_mutex_unlock(&r->mu);
            progress(r, done);
            pthread_mutex_lock(&r->mu);
            drain(r); /* what finished meanwhile was left to us */
            r->emitting = 0;
        }
    }
    pthread_mutex_unlock(&r->mu);
}

static int cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static tc_status run_workers_locked(run *r)
{
    int jobs = r->o->jobs > 0 ? r->o->jobs : cpu_count();
    if ((size_t)jobs > r->plan->n)
        jobs = r->plan->n ? (int)r->plan->n : 1;
    r->window = (size_t)jobs * 16;
    r->slots = calloc(r->window, sizeof(*r->slots));
    pthread_t *tids = calloc((size_t)jobs, sizeof(*tids));
    tc_status st = (r->slots && tids) ? TC_OK : TC_E_NOMEM;
    for (size_t i = 0; st == TC_OK && i < r->window; i++) {
        r->slots[i].diags = tc_diags_new();
        if (!r->slots[i].diags)
            st = TC_E_NOMEM;
    }
    int started = 0;
    r->t0 = now_ms();
    if (st == TC_OK && jobs > 1) {
        pthread_mutex_lock(&r->mu);
        r->running = jobs;
        for (; started < jobs; started++)
            if (pthread_create(&tids[started], NULL, worker, r) != 0)
                break;
        r->running -= jobs - started;
        pthread_mutex_unlock(&r->mu);
    }
    if (st == TC_OK && started == 0) {
        /* One job (or no thread to be had) runs on the calling thread: a
         * process that never starts a thread keeps the C library's
         * single-threaded fast paths (malloc without atomic operations). */
        r->running = 1;
        worker(r);
    }
    if (st == TC_OK && started > 0)
        wait_loop(r);
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    r->stats->stopped = r->stopping;
    r->stats->not_started = r->plan->n - r->next;
    if (st == TC_OK)
        progress(r, r->reported);
    for (size_t i = 0; r->slots && i < r->window; i++) {
        free(r->slots[i].out_base);
        tc_record_id_clear(&r->slots[i].rid);
        tc_diags_free(r->slots[i].diags);
    }
    free(r->slots);
    free(tids);
    return st;
}

/* Runs the plan on the workers: the run's lock and conditions live for
 * this call only. */
static tc_status run_workers(run *r)
{
    pthread_mutex_init(&r->mu, NULL);
    pthread_cond_init(&r->can_take, NULL);
    pthread_cond_init(&r->settled, NULL);
    tc_status st = run_workers_locked(r);
    pthread_cond_destroy(&r->settled);
    pthread_cond_destroy(&r->can_take);
    pthread_mutex_destroy(&r->mu);
    return st;
}

/* Shared by convert and validate: the options a batch refuses. */
static int bad_batch_opts(const tc_batch_opts *o, const char *const *inputs,
                          size_t ninputs)
{
    return !o || (ninputs && !inputs) ||
           (o->shard_count &&
            (o->shard_index < 1 || o->shard_index > o->shard_count));
}

tc_status tc_batch_run(const tc_engine *e, const char *const *inputs,
                       size_t ninputs, const tc_batch_opts *opts,
                       tc_batch_stats *stats, tc_diags *d)
{
    memset(stats, 0, sizeof(*stats));
    if (!e || bad_batch_opts(opts, inputs, ninputs))
        return TC_E_USAGE;
    const char *outdir = opts->outdir ? opts->outdir : ".";
    int err = tc_mkdir_p(outdir);
    if (err) {
        tc_diags_add(d, TC_SEV_ERROR, "TC007", outdir, 0, 0, NULL,
                     "check that the output folder is writable",
                     "cannot create output folder: %s", strerror(err));
        return TC_E_IO;
    }
    tc_plan plan;
    tc_status st = tc_plan_build(&plan, e, inputs, ninputs, opts, outdir, d);
    if (st == TC_OK) {
        stats->total = plan.n;
        run r = {0};
        r.e = e;
        r.o = opts;
        r.plan = &plan;
        r.outdir = outdir;
        for (int i = 0; i < TC_FMT_COUNT; i++)
            if (opts->formats & (1u << i))
                r.suffixes[r.nsuffixes++] =
                    tc_format_suffix((tc_format)(1u << i));
        if (tc_engine_user_suffix(e)) {
            r.user_suffix = opts->user_suffix ? opts->user_suffix
                                              : tc_engine_user_suffix(e);
            r.suffixes[r.nsuffixes++] = r.user_suffix;
        }
        r.stats = stats;
        st = run_workers(&r);
    }
    tc_plan_free(&plan);
    return st;
}

tc_status tc_batch_validate(tc_validator *v, const char *const *inputs,
                            size_t ninputs, const tc_batch_opts *opts,
                            size_t max_size, tc_batch_stats *stats, tc_diags *d)
{
    memset(stats, 0, sizeof(*stats));
    if (!v || bad_batch_opts(opts, inputs, ninputs))
        return TC_E_USAGE;
    tc_plan plan;
    tc_status st = tc_plan_inputs(&plan, inputs, ninputs, opts, d);
    tc_idset *ids = st == TC_OK ? tc_idset_new() : NULL;
    if (st == TC_OK && !ids)
        st = TC_E_NOMEM;
    if (st == TC_OK) {
        stats->total = plan.n;
        run r = {0};
        r.o = opts;
        r.plan = &plan;
        r.stats = stats;
        r.v = v;
        r.ids = ids;
        r.max_size = max_size;
        st = run_workers(&r);
    }
    tc_idset_free(ids);
    tc_plan_free(&plan);
    return st;
}
