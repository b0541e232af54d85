/* record.c: construction and destruction of the record model (record.h);
 * the parser fills it, the TEI builder reads it. */
#include <stdlib.h>
#include <string.h>

#include "record/record.h"
#include "record/lang.h"
#include "base/util.h"

tc_record *tc_record_new(const char *file)
{
    tc_record *r = calloc(1, sizeof(*r));
    if (r && file) {
        r->file = tc_strdup(file);
        if (!r->file) {
            free(r);
            return NULL;
        }
    }
    return r;
}

/* Grow a list whose items are item_size bytes; 1 on success. */
static int list_grow(void **items, size_t *cap, size_t n, size_t item_size)
{
    if (n < *cap)
        return 1;
    size_t ncap = *cap ? *cap * 2 : 4;
    void *nv = realloc(*items, ncap * item_size);
    if (!nv)
        return 0;
    *items = nv;
    *cap = ncap;
    return 1;
}

#define LIST_GROW(list)                                                        \
    list_grow((void **)&(list)->v, &(list)->cap, (list)->n, sizeof(*(list)->v))

static size_t text_len(const char *text, size_t len)
{
    return len == (size_t)-1 ? strlen(text) : len;
}

tc_status tc_value_set(tc_value *dst, const char *text, size_t len, long line,
                       long col)
{
    char *copy = tc_strndup(text, text_len(text, len));
    if (!copy)
        return TC_E_NOMEM;
    free(dst->text);
    dst->text = copy;
    dst->line = line;
    dst->col = col;
    return TC_OK;
}

void tc_value_clear(tc_value *v)
{
    free(v->text);
    v->text = NULL;
    v->line = v->col = 0;
}

tc_status tc_values_push_unique(tc_values *list, const char *text, long line,
                                long col)
{
    for (size_t i = 0; i < list->n; i++)
        if (strcmp(list->v[i].text, text) == 0)
            return TC_OK;
    return tc_values_push(list, text, (size_t)-1, line, col);
}

tc_status tc_values_push(tc_values *list, const char *text, size_t len,
                         long line, long col)
{
    if (!LIST_GROW(list))
        return TC_E_NOMEM;
    tc_value *v = &list->v[list->n];
    memset(v, 0, sizeof(*v));
    if (tc_value_set(v, text, len, line, col) != TC_OK)
        return TC_E_NOMEM;
    list->n++;
    return TC_OK;
}

tc_status tc_names_push(tc_names *list, const char *text, size_t len, long line,
                        long col, tc_name_kind kind)
{
    if (!LIST_GROW(list))
        return TC_E_NOMEM;
    tc_name *v = &list->v[list->n];
    memset(v, 0, sizeof(*v));
    if (tc_value_set(&v->name, text, len, line, col) != TC_OK)
        return TC_E_NOMEM;
    v->kind = kind;
    list->n++;
    return TC_OK;
}

tc_status tc_resps_push(tc_resps *list, const char *resp, const char *name,
                        const char *for_org)
{
    /* the same credit from Source and from a Translator label: once */
    for (size_t i = 0; i < list->n; i++)
        if (strcmp(list->v[i].resp, resp) == 0 &&
            strcmp(list->v[i].name, name) == 0)
            return TC_OK;
    if (!LIST_GROW(list))
        return TC_E_NOMEM;
    tc_resp *v = &list->v[list->n];
    v->resp = tc_strdup(resp);
    v->name = tc_strdup(name);
    v->for_org = for_org ? tc_strdup(for_org) : NULL;
    if (!v->resp || !v->name || (for_org && !v->for_org)) {
        free(v->resp);
        free(v->name);
        free(v->for_org);
        return TC_E_NOMEM;
    }
    list->n++;
    return TC_OK;
}

tc_status tc_langs_push(tc_langs *list, const char *text, size_t len, long line,
                        long col)
{
    if (!LIST_GROW(list))
        return TC_E_NOMEM;
    tc_lang *v = &list->v[list->n];
    memset(v, 0, sizeof(*v));
    if (tc_value_set(&v->name, text, len, line, col) != TC_OK)
        return TC_E_NOMEM;
    tc_lang_lookup(v->name.text, &v->bcp47, &v->iso639_2b);
    list->n++;
    return TC_OK;
}

tc_status tc_blocks_push(tc_blocks *list, tc_block_kind kind, const char *text,
                         size_t len, long line, long col, const char *label)
{
    if (!LIST_GROW(list))
        return TC_E_NOMEM;
    tc_block *v = &list->v[list->n];
    memset(v, 0, sizeof(*v));
    v->kind = kind;
    if (tc_value_set(&v->text, text, len, line, col) != TC_OK)
        return TC_E_NOMEM;
    if (label) {
        v->label = tc_strdup(label);
        if (!v->label) {
            tc_value_clear(&v->text);
            return TC_E_NOMEM;
        }
    }
    list->n++;
    return TC_OK;
}

static void values_free(tc_values *l)
{
    for (size_t i = 0; i < l->n; i++)
        tc_value_clear(&l->v[i]);
    free(l->v);
}

static void names_free(tc_names *l)
{
    for (size_t i = 0; i < l->n; i++)
        tc_value_clear(&l->v[i].name);
    free(l->v);
}

static void date_free(tc_date *dt)
{
    tc_value_clear(&dt->printed);
    free(dt->when);
    free(dt->from);
    free(dt->to);
    free(dt->not_before);
    free(dt->not_after);
}

static void source_free(tc_source *s)
{
    tc_value_clear(&s->printed);
    free(s->repository);
    free(s->reference);
    free(s->locus);
    for (size_t i = 0; i < s->resps.n; i++) {
        free(s->resps.v[i].resp);
        free(s->resps.v[i].name);
        free(s->resps.v[i].for_org);
    }
    free(s->resps.v);
}

void tc_record_free(tc_record *r)
{
    if (!r)
        return;
    free(r->file);
    tc_value_clear(&r->publisher);
    tc_value_clear(&r->title);
    date_free(&r->date);
    tc_value_clear(&r->summary);
    names_free(&r->authors);
    values_free(&r->funders);
    source_free(&r->source);
    values_free(&r->rights);
    tc_value_clear(&r->uploaded);
    free(r->uploaded_iso);
    for (size_t i = 0; i < r->languages.n; i++)
        tc_value_clear(&r->languages.v[i].name);
    free(r->languages.v);
    tc_value_clear(&r->record_id);
    values_free(&r->places);
    values_free(&r->subjects);
    names_free(&r->names);
    values_free(&r->topics);
    values_free(&r->contributors);
    values_free(&r->related);
    values_free(&r->archive);
    values_free(&r->classification);
    tc_value_clear(&r->citation);
    values_free(&r->doc_types);
    values_free(&r->collections);
    for (size_t i = 0; i < r->body.n; i++) {
        tc_value_clear(&r->body.v[i].text);
        free(r->body.v[i].label);
    }
    free(r->body.v);
    values_free(&r->dropped);
    free(r);
}
