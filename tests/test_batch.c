/* test_batch.c: tc_batch_run through the library API: results come back in
 * input order whatever the threads, a stop request drains cleanly, and the
 * shard function is pinned (slices must not move between versions). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "teiconv.h"
#include "batch/batch.h"

#define NREC 40

static char root[64];

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* NREC seed variants (own record IDs) in root/in and root/in/sub, plus one
 * empty file that must fail. */
static int make_inputs(void **state)
{
    (void)state;
    snprintf(root, sizeof root, "/tmp/tc-batch-XXXXXX");
    if (!mkdtemp(root))
        return -1;
    size_t len;
    char *seed = tu_read_source_file("examples/wilson-111189.txt", &len);
    char *at = strstr(seed, "111189");
    assert_non_null(at);
    char path[256];
    snprintf(path, sizeof path, "%s/in", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/in/sub", root);
    mkdir(path, 0755);
    for (int i = 0; i < NREC; i++) {
        char id[8];
        snprintf(id, sizeof id, "%06d", 500000 + i);
        memcpy(at, id, 6);
        snprintf(path, sizeof path, "%s/in/%srec%02d.txt", root,
                 i % 4 == 0 ? "sub/" : "", i);
        write_file(path, seed, len);
    }
    snprintf(path, sizeof path, "%s/in/empty.txt", root);
    write_file(path, "", 0);
    free(seed);
    return 0;
}

static int remove_inputs(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd) == 0 ? 0 : -1;
}

typedef struct seen {
    size_t n;
    size_t index[NREC + 1];
    int ok_with_output;
    size_t stop_after;
    atomic_int stop;
} seen;

static void on_item(const tc_batch_item *item, void *user)
{
    seen *s = user;
    assert_true(s->n < NREC + 1);
    s->index[s->n++] = item->index;
    if (item->state == TC_ITEM_OK) {
        char path[512];
        snprintf(path, sizeof path, "%s.tei.xml", item->out_base);
        struct stat st;
        if (stat(path, &st) == 0 && st.st_size > 1000 &&
            item->outputs == TC_FMT_TEI)
            s->ok_with_output++;
    } else {
        assert_true(tc_diags_errors(item->diags) > 0);
    }
    if (s->stop_after && s->n == s->stop_after)
        atomic_store(&s->stop, 1);
}

static tc_batch_stats run(const char *out, int jobs, unsigned shard,
                          unsigned shards, seen *s)
{
    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    assert_int_equal(tc_engine_new(NULL, TC_FMT_TEI, &e, d), TC_OK);
    char in[128], outdir[128];
    snprintf(in, sizeof in, "%s/in", root);
    snprintf(outdir, sizeof outdir, "%s/%s", root, out);
    const char *inputs[] = {in};
    tc_batch_opts o = {0};
    o.formats = TC_FMT_TEI;
    o.outdir = outdir;
    o.jobs = jobs;
    o.force = 1;
    o.shard_index = shard;
    o.shard_count = shards;
    o.stop = &s->stop;
    o.on_item = on_item;
    o.user = s;
    tc_batch_stats st;
    assert_int_equal(tc_batch_run(e, inputs, 1, &o, &st, d), TC_OK);
    assert_int_equal(tc_diags_count(d), 0);
    tc_engine_free(e);
    tc_diags_free(d);
    return st;
}

static void results_in_input_order(void **state)
{
    (void)state;
    for (int jobs = 1; jobs <= 4; jobs += 3) {
        seen s = {0};
        tc_batch_stats st = run("out", jobs, 0, 0, &s);
        assert_int_equal(st.total, NREC + 1);
        assert_int_equal(st.ok, NREC);
        assert_int_equal(st.failed, 1);
        assert_int_equal(st.worst, TC_E_INPUT);
        assert_false(st.stopped);
        assert_int_equal(s.n, NREC + 1);
        for (size_t i = 0; i < s.n; i++)
            assert_int_equal(s.index[i], i);
        assert_int_equal(s.ok_with_output, NREC);
    }
}

static void stop_drains_in_flight(void **state)
{
    (void)state;
    seen s = {0};
    s.stop_after = 3;
    tc_batch_stats st = run("stopped", 2, 0, 0, &s);
    assert_true(st.stopped);
    assert_true(st.not_started > 0);
    /* everything started was reported, in order, and nothing else */
    assert_int_equal(s.n + st.not_started, st.total);
    assert_int_equal(st.ok + st.failed + st.skipped, s.n);
    for (size_t i = 0; i < s.n; i++)
        assert_int_equal(s.index[i], i);
}

static void shards_partition(void **state)
{
    (void)state;
    size_t sum = 0;
    for (unsigned k = 1; k <= 3; k++) {
        seen s = {0};
        tc_batch_stats st = run("sharded", 2, k, 3, &s);
        assert_true(st.total > 0 && st.total < NREC + 1);
        sum += st.total;
    }
    assert_int_equal(sum, NREC + 1);
}

static void shard_function_pinned(void **state)
{
    (void)state;
    /* FNV-1a 64 of the name: these values must never change, or machines
     * running different versions would split one migration differently. */
    assert_int_equal(tc_shard_of("box001/rec00042", 7), 2);
    assert_int_equal(tc_shard_of("box001/rec00042", 1000), 168);
    assert_int_equal(tc_shard_of("anything", 1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(results_in_input_order),
        cmocka_unit_test(stop_drains_in_flight),
        cmocka_unit_test(shards_partition),
        cmocka_unit_test(shard_function_pinned),
    };
    return cmocka_run_group_tests(tests, make_inputs, remove_inputs);
}
