/* tool_collection.c: the command line's side of --collection: each record
 * the batch converted (or found up to date) joins the collection from its
 * TEI output, in input order; after the batch the finding aid is written
 * as OUT/NAME and, when HTML pages are made, the index page as
 * OUT/index.html, both atomically. A tool_collection owns its collection;
 * the name, title and identifier are borrowed from argv. */
#include <stdlib.h>
#include <string.h>

#include "tool.h"
#include "tool_batch.h"
#include "base/util.h"

int tool_collection_start(tool_collection *t, const char *outdir)
{
    t->outdir = outdir;
    t->c = tc_collection_new();
    /* the index (OUT/index.html) links to the finding aid (OUT/NAME) */
    if (t->c && tc_collection_set_finding_aid(t->c, t->name) != TC_OK) {
        tc_collection_free(t->c);
        t->c = NULL;
    }
    return t->c ? 0 : -1;
}

/* The part of out_base below the output folder: "OUT/sub/rec3" ->
 * "sub/rec3"; borrowed from out_base. */
static const char *rel_stem(const char *outdir, const char *out_base)
{
    size_t n = strlen(outdir);
    while (n > 1 && outdir[n - 1] == '/')
        n--;
    if (strncmp(out_base, outdir, n) == 0 && out_base[n] == '/')
        return out_base + n + 1;
    return out_base;
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

void tool_collection_add(tool_collection *t, const tc_batch_item *item,
                         tc_diags *d)
{
    if (!t->c || item->state == TC_ITEM_FAILED || !item->out_base)
        return;
    char *tei = NULL;
    if (item->outputs & TC_FMT_TEI)
        tei = tc_asprintf("%s%s", item->out_base, tc_format_suffix(TC_FMT_TEI));
    else if (ends_with(item->path, ".xml"))
        tei = tc_strdup(item->path);
    if (!tei)
        return;
    if (tc_collection_add_file(t->c, tei, rel_stem(t->outdir, item->out_base),
                               d) != TC_OK)
        t->left_out++;
    free(tei);
}

int tool_collection_finish(tool_collection *t, const tc_engine *e,
                           int with_index, int sync, tool_report *report,
                           FILE *err, FILE *diag_out, tc_diag_style style,
                           tc_severity min)
{
    tc_diags *d = tc_diags_new();
    if (!d)
        return EXIT_INTERNAL;
    int rc = EXIT_OK;
    char *path = tc_asprintf("%s/%s", t->outdir, t->name);
    char *index = with_index ? tc_asprintf("%s/index.html", t->outdir) : NULL;
    static const tc_format kinds[2] = {TC_FMT_EAD, TC_FMT_HTML};
    const char *targets[2] = {path, index};
    for (int i = 0; i < 2 && rc == EXIT_OK; i++) {
        if (i == 1 && !with_index)
            break;
        char *data = NULL;
        size_t len = 0;
        tc_status st = targets[i]
                           ? tc_collection_render(e, t->c, kinds[i], t->title,
                                                  t->id, &data, &len, d)
                           : TC_E_NOMEM;
        if (st == TC_OK)
            st = tc_file_write_atomic(targets[i], data, len, sync, d);
        free(data);
        if (st != TC_OK)
            rc = tool_exit_for(st);
    }
    tool_print_diags_min(diag_out, d, style, min);
    tc_diags_free(d);
    size_t n = tc_collection_count(t->c);
    tool_report_collection(report, path, index, n, t->left_out, rc == EXIT_OK);
    if (rc == EXIT_OK && min < TC_SEV_ERROR)
        fprintf(err, "teiconv: collection of %zu record%s: %s%s%s\n", n,
                n == 1 ? "" : "s", path, index ? ", " : "", index ? index : "");
    free(path);
    free(index);
    return rc;
}

void tool_collection_free(tool_collection *t)
{
    tc_collection_free(t->c);
    t->c = NULL;
}
