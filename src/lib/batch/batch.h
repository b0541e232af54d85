/* batch.h: internal pieces of the batch engine: the plan (which inputs, in
 * which order, under which output names) built before any worker starts. */
#ifndef TC_BATCH_H
#define TC_BATCH_H

#include <stddef.h>
#include <stdint.h>
#include "teiconv.h"

#define TC_NO_DUP SIZE_MAX

/* One input of the plan. Strings live in the plan's arena. */
typedef struct tc_plan_item {
    const char *path; /* where to read it */
    const char *rel;  /* output name below the output root, no suffix */
    size_t dup_of;    /* index of an earlier input with the same rel, or
                          TC_NO_DUP */
} tc_plan_item;

typedef struct tc_arena_block tc_arena_block;

typedef struct tc_plan {
    tc_plan_item *items;
    size_t n;
    size_t cap;
    const char **dirs; /* distinct output folders below the root ("" = root) */
    size_t ndirs;
    tc_arena_block *arena;
} tc_plan;

/* Collect, shard and check the inputs; create the output folders (outdir
 * must already exist), remove stale temporaries and, for HTML, put the
 * stylesheet teiconv.css in each folder. */
tc_status tc_plan_build(tc_plan *p, const tc_engine *e,
                        const char *const *inputs, size_t ninputs,
                        const tc_batch_opts *o, const char *outdir,
                        tc_diags *d);
/* Only collect and shard the inputs of a run that writes nothing (a
 * validation): folders give their *.xml files; no output folder. */
tc_status tc_plan_inputs(tc_plan *p, const char *const *inputs, size_t ninputs,
                         const tc_batch_opts *o, tc_diags *d);
void tc_plan_free(tc_plan *p);

/* The shard (0-based) a relative output name belongs to among count. */
unsigned tc_shard_of(const char *rel, unsigned count);

/* Strip a known input or output suffix from a file name: the length of
 * what is left. */
size_t tc_strip_suffix(const char *name, size_t n, int outputs);

/* mkdir -p. Returns 0, or an errno value. */
int tc_mkdir_p(const char *path);

#endif /* TC_BATCH_H */
