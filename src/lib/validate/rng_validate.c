/* rng_validate.c: walks a document through the derivatives of our RELAX NG
 * validator, recovers after each error as jing does and says what was allowed. */
#include <stdlib.h>
#include <string.h>

#include "base/deadline.h"
#include "base/util.h"
#include "validate/rng.h"
#include "validate/rng_pattern.h"

/* A growing list of strings (owned). */
typedef struct strs {
    char **v;
    size_t n, cap;
} strs;

static void strs_add(strs *l, char *s)
{
    if (!s)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof(*v));
        if (!v) {
            free(s);
            return;
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void strs_sort_uniq(strs *l)
{
    if (!l->n)
        return;
    qsort(l->v, l->n, sizeof(*l->v), cmp_str);
    size_t k = 1;
    for (size_t i = 1; i < l->n; i++) {
        if (strcmp(l->v[k - 1], l->v[i]) == 0)
            free(l->v[i]);
        else
            l->v[k++] = l->v[i];
    }
    l->n = k;
}

static void strs_free(strs *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof(*l));
}

/* A set of pattern indexes, for walks over the pattern graph. */
typedef struct pidset {
    uint32_t *v;
    uint32_t cap, n;
} pidset;

static int pidset_add(pidset *s, uint32_t p)
{
    if ((s->n + 1) * 2 > s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 64;
        uint32_t *v = calloc(cap, sizeof(*v));
        if (!v)
            return 0;
        for (uint32_t i = 0; i < s->cap; i++)
            if (s->v[i]) {
                uint32_t j = (s->v[i] * 2654435761u) & (cap - 1);
                while (v[j])
                    j = (j + 1) & (cap - 1);
                v[j] = s->v[i];
            }
        free(s->v);
        s->v = v;
        s->cap = cap;
    }
    uint32_t key = p + 1, mask = s->cap - 1;
    uint32_t j = (key * 2654435761u) & mask;
    while (s->v[j]) {
        if (s->v[j] == key)
            return 0;
        j = (j + 1) & mask;
    }
    s->v[j] = key;
    s->n++;
    return 1;
}

typedef struct idref {
    uint32_t value;
    xmlNodePtr node;
    xmlAttrPtr attr;
} idref;

typedef struct walker {
    rng_ctx c;
    tc_rng_error_fn fn;
    void *data;
    long errors;
    idref *ids; /* per value id: where that ID is defined */
    size_t id_cap;
    idref *refs;
    size_t nrefs, caprefs;
    tc_deadline *dl; /* NULL: no budget */
    int cut;         /* the budget ran out, or a stop: the walk ends */
} walker;

/* ---- names as the document would write them ----------------------------- */

static char *display_name(xmlNodePtr ctx, const xmlChar *ns,
                          const xmlChar *local, int is_attr)
{
    if (!ns || !*ns)
        return tc_strdup((const char *)local);
    if (xmlStrEqual(ns, XML_XML_NAMESPACE))
        return tc_asprintf("xml:%s", (const char *)local);
    if (!is_attr) {
        xmlNsPtr d = xmlSearchNs(ctx->doc, ctx, NULL);
        if (d && xmlStrEqual(d->href, ns))
            return tc_strdup((const char *)local);
    }
    xmlNsPtr p = xmlSearchNsByHref(ctx->doc, ctx, ns);
    if (p && p->prefix)
        return tc_asprintf("%s:%s", (const char *)p->prefix,
                           (const char *)local);
    return tc_asprintf("{%s}%s", (const char *)ns, (const char *)local);
}

/* The names of a name class; *other set when it holds wildcards. */
static void nc_names(const tc_rng_grammar *g, uint32_t nci, xmlNodePtr ctx,
                     int is_attr, strs *out, int *other)
{
    const rng_nc *nc = &g->nc[nci];
    switch (nc->kind) {
    case NC_NAME:
        strs_add(out, display_name(ctx, nc->ns, nc->local, is_attr));
        break;
    case NC_CHOICE:
        nc_names(g, nc->a, ctx, is_attr, out, other);
        nc_names(g, nc->b, ctx, is_attr, out, other);
        break;
    default:
        *other = 1;
        break;
    }
}

/* ---- what a pattern allows next ---------------------------------------- */

/* A depth-first walk of the pattern graph from one pattern, each pattern
 * visited once; at most PWALK_MAX patterns wait at a time (the rest are not
 * visited: these walks only gather facts for messages). */
#define PWALK_MAX 4096
typedef struct pwalk {
    const rng_store *st;
    pidset seen;
    rng_pid stack[PWALK_MAX];
    size_t n;
} pwalk;

static void pwalk_push(pwalk *pw, rng_pid p)
{
    if (pw->n < PWALK_MAX)
        pw->stack[pw->n++] = p;
}

/* The next pattern not yet visited, or NULL when the walk is over. */
static const rng_pat *pwalk_next(pwalk *pw)
{
    while (pw->n) {
        rng_pid q = pw->stack[--pw->n];
        if (pidset_add(&pw->seen, q))
            return rng_get(pw->st, q);
    }
    return NULL;
}

/* Push both operands of x, a first to come out (as written). */
static void pwalk_push_both(pwalk *pw, const rng_pat *x)
{
    if (pw->n + 2 <= PWALK_MAX) {
        pw->stack[pw->n++] = x->b;
        pw->stack[pw->n++] = x->a;
    }
}

/* The element (or attribute) patterns that could come first in p. */
static void possible(walker *w, rng_pid p, int attrs, xmlNodePtr ctx, strs *out,
                     int *other)
{
    pwalk *pw = calloc(1, sizeof(*pw));
    if (!pw)
        return;
    pw->st = &w->c.st;
    pwalk_push(pw, p);
    for (const rng_pat *x = pwalk_next(pw); x; x = pwalk_next(pw)) {
        switch (x->kind) {
        case RK_CHOICE:
        case RK_INTERLEAVE:
            pwalk_push_both(pw, x);
            break;
        case RK_GROUP:
            /* the second half only shows when the first may be empty
               (attributes come in any order) */
            if (attrs || rng_get(&w->c.st, x->a)->nullable)
                pwalk_push_both(pw, x);
            else
                pwalk_push(pw, x->a);
            break;
        case RK_ONEORMORE:
        case RK_AFTER:
            pwalk_push(pw, x->a);
            break;
        case RK_ELEMENT:
            if (!attrs)
                nc_names(w->c.g, x->a, ctx, 0, out, other);
            break;
        case RK_ATTRIBUTE:
            if (attrs)
                nc_names(w->c.g, x->a, ctx, 1, out, other);
            break;
        default:
            break;
        }
    }
    free(pw->seen.v);
    free(pw);
    strs_sort_uniq(out);
}

/* Names every way through p requires (attributes or elements). */
static void required(walker *w, rng_pid p, int attrs, xmlNodePtr ctx, strs *out,
                     int *budget)
{
    if (--*budget < 0)
        return;
    const rng_pat *x = rng_get(&w->c.st, p);
    rng_pid a = x->a, b = x->b;
    switch (x->kind) {
    case RK_ELEMENT:
    case RK_ATTRIBUTE:
        if ((x->kind == RK_ATTRIBUTE) == attrs &&
            w->c.g->nc[a].kind == NC_NAME) {
            const rng_nc *nc = &w->c.g->nc[a];
            strs_add(out, display_name(ctx, nc->ns, nc->local, attrs));
        }
        break;
    case RK_GROUP:
    case RK_INTERLEAVE:
        required(w, a, attrs, ctx, out, budget);
        required(w, b, attrs, ctx, out, budget);
        break;
    case RK_ONEORMORE:
    case RK_AFTER:
        required(w, a, attrs, ctx, out, budget);
        break;
    case RK_CHOICE: {
        strs l = {0}, r = {0};
        required(w, a, attrs, ctx, &l, budget);
        if (l.n)
            required(w, b, attrs, ctx, &r, budget);
        strs_sort_uniq(&l);
        strs_sort_uniq(&r);
        for (size_t i = 0; i < l.n; i++) {
            if (r.n && bsearch(&l.v[i], r.v, r.n, sizeof(*r.v), cmp_str)) {
                strs_add(out, l.v[i]);
                l.v[i] = NULL;
            }
        }
        for (size_t i = 0; i < l.n; i++)
            free(l.v[i]);
        free(l.v);
        strs_free(&r);
        break;
    }
    default:
        break;
    }
}

/* The values and datatypes a text pattern takes. */
static void value_facts(walker *w, rng_pid p, strs *vals, strs *types,
                        pidset *seen)
{
    if (!pidset_add(seen, p))
        return;
    const rng_pat *x = rng_get(&w->c.st, p);
    rng_pid a = x->a, b = x->b;
    switch (x->kind) {
    case RK_CHOICE:
    case RK_GROUP:
    case RK_INTERLEAVE:
        value_facts(w, a, vals, types, seen);
        value_facts(w, b, vals, types, seen);
        break;
    case RK_ONEORMORE:
    case RK_AFTER:
    case RK_LIST:
        value_facts(w, a, vals, types, seen);
        break;
    case RK_VALUE:
        strs_add(vals, tc_strdup(w->c.g->types.val[a].lexical));
        break;
    case RK_DATA:
        strs_add(types, rng_types_describe(&w->c.g->types, a));
        break;
    default:
        break;
    }
}

/* The values allowed for attribute name in p. */
static void attr_value_facts(walker *w, rng_pid p, uint32_t name, strs *vals,
                             strs *types)
{
    pwalk *pw = calloc(1, sizeof(*pw));
    if (!pw)
        return;
    pidset vseen = {0};
    pw->st = &w->c.st;
    pwalk_push(pw, p);
    const rng_name *nm = &w->c.names[name];
    for (const rng_pat *x = pwalk_next(pw); x; x = pwalk_next(pw)) {
        switch (x->kind) {
        case RK_CHOICE:
        case RK_INTERLEAVE:
        case RK_GROUP:
            pwalk_push_both(pw, x);
            break;
        case RK_ONEORMORE:
        case RK_AFTER:
            pwalk_push(pw, x->a);
            break;
        case RK_ATTRIBUTE:
            if (rng_nc_contains(w->c.g, x->a, nm->ns, nm->local))
                value_facts(w, x->b, vals, types, &vseen);
            break;
        default:
            break;
        }
    }
    free(pw->seen.v);
    free(pw);
    free(vseen.v);
    strs_sort_uniq(vals);
    strs_sort_uniq(types);
}

/* ---- reporting ----------------------------------------------------------- */

typedef struct facts {
    strs elements, attributes, required, values, types;
    int other, end_ok, text_ok;
} facts;

static void report(walker *w, tc_rng_err_kind kind, xmlNodePtr node,
                   xmlAttrPtr attr, const char *value, facts *f)
{
    w->errors++;
    if (w->fn) {
        tc_rng_error e;
        memset(&e, 0, sizeof(e));
        e.kind = kind;
        e.node = node;
        e.attr = attr;
        e.value = value;
        if (f) {
            e.elements = (const char *const *)f->elements.v;
            e.nelements = f->elements.n;
            e.other_elements = f->other;
            e.attributes = (const char *const *)f->attributes.v;
            e.nattributes = f->attributes.n;
            e.required = (const char *const *)f->required.v;
            e.nrequired = f->required.n;
            e.values = (const char *const *)f->values.v;
            e.nvalues = f->values.n;
            e.datatypes = (const char *const *)f->types.v;
            e.ndatatypes = f->types.n;
            e.end_ok = f->end_ok;
            e.text_ok = f->text_ok;
        }
        w->fn(w->data, &e);
    }
    if (f) {
        strs_free(&f->elements);
        strs_free(&f->attributes);
        strs_free(&f->required);
        strs_free(&f->values);
        strs_free(&f->types);
    }
}

/* What content p allows next: elements, the end tag, text. */
static void content_facts(walker *w, rng_pid p, xmlNodePtr ctx, facts *f,
                          int want_required)
{
    memset(f, 0, sizeof(*f));
    possible(w, p, 0, ctx, &f->elements, &f->other);
    f->end_ok = rng_end_tag(&w->c, p) != RNG_NOTALLOWED;
    f->text_ok = !rng_get(&w->c.st, p)->textsens &&
                 rng_text(&w->c, p, "x") != RNG_NOTALLOWED;
    if (want_required) {
        int budget = 20000;
        required(w, p, 0, ctx, &f->required, &budget);
        strs_sort_uniq(&f->required);
    }
}

/* ---- IDs ------------------------------------------------------------------ */

static int id_kind(const tc_rng_grammar *g, xmlNodePtr el, xmlAttrPtr a)
{
    const xmlChar *ens = el->ns ? el->ns->href : BAD_CAST "";
    const xmlChar *ans = a->ns ? a->ns->href : BAD_CAST "";
    for (size_t i = 0; i < g->nids; i++) {
        const rng_idattr *d = &g->ids[i];
        if (xmlStrEqual(d->at_local, a->name) &&
            xmlStrEqual(d->el_local, el->name) && xmlStrEqual(d->at_ns, ans) &&
            xmlStrEqual(d->el_ns, ens))
            return d->kind;
    }
    return 0;
}

static void note_ref(walker *w, const char *tok, xmlNodePtr el, xmlAttrPtr a)
{
    if (w->nrefs == w->caprefs) {
        size_t cap = w->caprefs ? w->caprefs * 2 : 64;
        idref *v = realloc(w->refs, cap * sizeof(*v));
        if (!v) {
            w->c.failed = 1;
            return;
        }
        w->refs = v;
        w->caprefs = cap;
    }
    idref r = {rng_value_id(&w->c, tok), el, a};
    w->refs[w->nrefs++] = r;
}

/* Note where the ID id is defined; 1 when it already was. */
static int id_mark(walker *w, uint32_t id, xmlNodePtr el, xmlAttrPtr a)
{
    if (id >= w->id_cap) {
        size_t cap = (size_t)id * 2 + 64;
        idref *v = realloc(w->ids, cap * sizeof(*v));
        if (!v) {
            w->c.failed = 1;
            return 0;
        }
        memset(v + w->id_cap, 0, (cap - w->id_cap) * sizeof(*v));
        w->ids = v;
        w->id_cap = cap;
    }
    if (w->ids[id].node)
        return 1;
    w->ids[id].node = el;
    w->ids[id].attr = a;
    return 0;
}

static void check_id(walker *w, xmlNodePtr el, xmlAttrPtr a, const char *value)
{
    int k = id_kind(w->c.g, el, a);
    if (!k)
        return;
    char *copy = tc_strdup(value);
    if (!copy) {
        w->c.failed = 1;
        return;
    }
    char *save = NULL;
    size_t ntok = 0;
    if (k != 3) { /* ID and IDREF: exactly one token, or nothing is noted */
        for (const char *p = value; *p;) {
            while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
                p++;
            if (*p)
                ntok++;
            while (*p && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
                p++;
        }
        if (ntok != 1) {
            report(w, TC_RNG_ID_TOKENS, el, a, value, NULL);
            free(copy);
            return;
        }
    }
    for (char *tok = strtok_r(copy, " \t\r\n", &save); tok;
         tok = strtok_r(NULL, " \t\r\n", &save)) {
        if (k == 1) {
            uint32_t id = rng_value_id(&w->c, tok);
            if (id != RNG_ANY_VALUE && id_mark(w, id, el, a)) {
                report(w, TC_RNG_ID_DUPLICATE, el, a, tok, NULL);
                report(w, TC_RNG_ID_FIRST, w->ids[id].node, w->ids[id].attr,
                       tok, NULL);
            }
        } else {
            note_ref(w, tok, el, a);
        }
    }
    free(copy);
}

static void check_refs(walker *w)
{
    for (size_t i = 0; i < w->nrefs; i++) {
        uint32_t id = w->refs[i].value;
        if (id == RNG_ANY_VALUE)
            continue;
        if (id >= w->id_cap || !w->ids[id].node)
            report(w, TC_RNG_IDREF_MISSING, w->refs[i].node, w->refs[i].attr,
                   w->c.vals[id], NULL);
    }
}

/* ---- the walk -------------------------------------------------------------- */

/* The text of a run of text nodes from *n on (comments and PIs between
 * them are skipped); *n is left on the first node after the run. */
static char *text_run(xmlNodePtr *n)
{
    size_t len = 0, cap = 0;
    char *buf = NULL;
    xmlNodePtr c = *n;
    for (; c; c = c->next) {
        if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE)
            continue;
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE &&
            c->type != XML_ENTITY_REF_NODE)
            break;
        xmlChar *own = NULL;
        const char *s = (const char *)c->content;
        if (c->type == XML_ENTITY_REF_NODE)
            s = (const char *)(own = xmlNodeGetContent(c));
        size_t k = s ? strlen(s) : 0;
        if (len + k + 1 > cap) {
            cap = (len + k + 1) * 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                xmlFree(own);
                free(buf);
                *n = c;
                return NULL;
            }
            buf = nb;
        }
        if (k)
            memcpy(buf + len, s, k);
        len += k;
        buf[len] = '\0';
        xmlFree(own);
    }
    *n = c;
    return buf ? buf : tc_strdup("");
}

static char *attr_value(xmlAttrPtr a)
{
    if (a->children && !a->children->next && a->children->type == XML_TEXT_NODE)
        return tc_strdup((const char *)a->children->content);
    xmlChar *v = xmlNodeListGetString(a->doc, a->children, 1);
    char *r = tc_strdup(v ? (const char *)v : "");
    xmlFree(v);
    return r;
}

/* The attributes of el, whose pattern after its start tag's name is q;
 * returns the pattern for its content, NOTALLOWED when lost. */
static rng_pid start_tag_rest(walker *w, rng_pid q, xmlNodePtr el)
{
    rng_ctx *c = &w->c;
    for (xmlAttrPtr a = el->properties; a; a = a->next) {
        if (tc_deadline_step(w->dl)) {
            w->cut = 1;
            return RNG_NOTALLOWED;
        }
        char *value = attr_value(a);
        if (!value) {
            c->failed = 1;
            return RNG_NOTALLOWED;
        }
        check_id(w, el, a, value);
        uint32_t an = rng_name_id(c, a->ns ? a->ns->href : NULL, a->name);
        rng_pid opened = rng_att_open(c, q, an);
        rng_pid q2 = rng_att_value(c, opened, value);
        if (q2 != RNG_NOTALLOWED) {
            q = q2;
        } else {
            rng_pid q3 = rng_recover_after(c, opened);
            facts f;
            memset(&f, 0, sizeof(f));
            if (q3 == RNG_NOTALLOWED) {
                possible(w, q, 1, el, &f.attributes, &f.other);
                report(w, TC_RNG_ATTR_NOT_ALLOWED, el, a, value, &f);
            } else {
                attr_value_facts(w, q, an, &f.values, &f.types);
                report(w, TC_RNG_ATTR_VALUE, el, a, value, &f);
                q = q3;
            }
        }
        free(value);
    }
    rng_pid q2 = rng_start_close(c, q);
    if (q2 == RNG_NOTALLOWED) {
        facts f;
        memset(&f, 0, sizeof(f));
        int budget = 20000;
        required(w, q, 1, el, &f.required, &budget);
        strs_sort_uniq(&f.required);
        possible(w, q, 1, el, &f.attributes, &f.other);
        report(w, TC_RNG_ATTR_MISSING, el, NULL, NULL, &f);
        q2 = rng_ignore_missing_atts(c, q);
    }
    return q2;
}

/* How an open element is checked. */
enum { M_NORMAL, M_UNKNOWN, M_DETACHED };

/* An element being walked: its pattern, and where its children stand. */
typedef struct frame {
    xmlNodePtr el;
    xmlNodePtr next; /* the next child to take */
    rng_pid p;       /* the parent's pattern before el */
    rng_pid q;       /* el's content pattern so far */
    int mode;        /* M_*: unknown elements are not checked inside, but
                       * the known ones in them are, detached from any parent */
    int split;       /* q is el's content alone and k what follows el */
    rng_pid k;
    int typed;  /* data content: the text is one value */
    char *text; /* typed: the text so far */
    size_t len;
} frame;

/* An after (or a choice of afters with one continuation) taken apart:
 * the content alone is the same pattern for every element of a kind, so
 * its derivatives are memoised once, however deep the nesting. */
static void set_content(walker *w, frame *f, rng_pid q)
{
    const rng_store *st = &w->c.st;
    const rng_pat *x = rng_get(st, q);
    f->q = q;
    f->split = 0;
    if (x->kind == RK_AFTER) {
        f->q = x->a;
        f->k = x->b;
        f->split = 1;
        return;
    }
    if (x->kind != RK_CHOICE)
        return;
    rng_pid k = RNG_NOTALLOWED, content = RNG_NOTALLOWED;
    for (rng_pid p = q;;) {
        const rng_pat *y = rng_get(st, p);
        rng_pid alt = y->kind == RK_CHOICE ? y->a : p;
        const rng_pat *z = rng_get(st, alt);
        if (z->kind != RK_AFTER || (k != RNG_NOTALLOWED && z->b != k))
            return; /* several continuations: kept whole */
        k = z->b;
        content = rng_choice(&w->c.st, content, z->a);
        if (y->kind != RK_CHOICE)
            break;
        p = y->b;
    }
    f->q = content;
    f->k = k;
    f->split = 1;
}

/* The pattern after the element's end (NOTALLOWED: it may not end yet),
 * and after it whatever its content (recover). */
static rng_pid frame_end(walker *w, const frame *f, rng_pid q)
{
    if (f->split)
        return rng_get(&w->c.st, q)->nullable ? f->k : RNG_NOTALLOWED;
    return rng_end_tag(&w->c, q);
}

static rng_pid frame_recover(walker *w, const frame *f, rng_pid q)
{
    return f->split ? f->k : rng_recover_after(&w->c, q);
}

/* The start tag of el in parent (NULL: the root): fills f (mode, q). */
static void open_element(walker *w, const frame *parent, xmlNodePtr el,
                         frame *f)
{
    rng_ctx *c = &w->c;
    rng_pid p = parent ? parent->q : c->g->start;
    memset(f, 0, sizeof(*f));
    f->el = el;
    f->next = el->children;
    f->p = p;
    f->mode = M_NORMAL;
    uint32_t nm = rng_name_id(c, el->ns ? el->ns->href : NULL, el->name);
    rng_pid q = rng_start_open(c, p, nm);
    if (q == RNG_NOTALLOWED) {
        facts fa;
        xmlNodePtr ctx = el->parent && el->parent->type == XML_ELEMENT_NODE
                             ? el->parent
                             : el;
        rng_pid r = rng_start_open_recover(c, p, nm);
        if (r != RNG_NOTALLOWED) {
            content_facts(w, p, ctx, &fa, 1);
            fa.end_ok = parent && frame_end(w, parent, p) != RNG_NOTALLOWED;
            report(w, TC_RNG_ELEM_TOO_EARLY, el, NULL, NULL, &fa);
            q = r;
        } else {
            rng_pid found = rng_find_element(c, nm);
            content_facts(w, p, ctx, &fa, 0);
            fa.end_ok = parent && frame_end(w, parent, p) != RNG_NOTALLOWED;
            if (found == RNG_NOTALLOWED) {
                report(w, TC_RNG_ELEM_UNKNOWN, el, NULL, NULL, &fa);
                f->mode = M_UNKNOWN;
                return;
            }
            report(w, TC_RNG_ELEM_NOT_ALLOWED, el, NULL, NULL, &fa);
            q = rng_after(&c->st, found, p);
        }
    }
    set_content(w, f, q);
    f->q = start_tag_rest(w, f->q, el);
    if (f->q == RNG_NOTALLOWED) {
        /* lost: the content cannot be judged */
        f->mode = M_UNKNOWN;
        return;
    }
    f->typed = rng_get(&c->st, f->q)->textsens;
}

/* Inside an unknown element: a child known anywhere is checked on its own. */
static void open_detached(walker *w, xmlNodePtr el, frame *f)
{
    uint32_t nm = rng_name_id(&w->c, el->ns ? el->ns->href : NULL, el->name);
    rng_pid found = rng_find_element(&w->c, nm);
    memset(f, 0, sizeof(*f));
    f->el = el;
    f->next = el->children;
    f->mode = M_UNKNOWN;
    if (found == RNG_NOTALLOWED)
        return;
    set_content(w, f, rng_after(&w->c.st, found, RNG_EMPTY));
    rng_pid q = start_tag_rest(w, f->q, el);
    if (q == RNG_NOTALLOWED)
        return;
    f->mode = M_DETACHED;
    f->q = q;
    f->typed = rng_get(&w->c.st, q)->textsens;
}

/* A run of text among f's children. */
static void take_text(walker *w, frame *f, char *t)
{
    rng_ctx *c = &w->c;
    if (f->mode == M_UNKNOWN)
        return;
    if (f->typed) {
        size_t k = strlen(t);
        char *nt = realloc(f->text, f->len + k + 1);
        if (!nt) {
            c->failed = 1;
            return;
        }
        memcpy(nt + f->len, t, k + 1);
        f->text = nt;
        f->len += k;
        return;
    }
    if (rng_is_blank(t))
        return;
    rng_pid q = rng_text(c, f->q, t);
    if (q != RNG_NOTALLOWED) {
        f->q = q;
        return;
    }
    facts fa;
    content_facts(w, f->q, f->el, &fa, 0);
    fa.end_ok = frame_end(w, f, f->q) != RNG_NOTALLOWED;
    report(w, TC_RNG_TEXT, f->el, NULL, t, &fa);
}

/* The end tag of f's element: the parent's pattern after it. */
static rng_pid close_element(walker *w, frame *f)
{
    rng_ctx *c = &w->c;
    if (f->mode == M_UNKNOWN)
        return f->p;
    rng_pid q = f->q, e;
    if (f->typed) {
        const char *all = f->text ? f->text : "";
        rng_pid q3 = rng_text(c, q, all);
        if (rng_is_blank(all))
            q3 = rng_choice(&c->st, q, q3);
        e = q3 == RNG_NOTALLOWED ? RNG_NOTALLOWED : frame_end(w, f, q3);
        if (e == RNG_NOTALLOWED) {
            facts fa;
            memset(&fa, 0, sizeof(fa));
            pidset seen = {0};
            value_facts(w, q, &fa.values, &fa.types, &seen);
            free(seen.v);
            strs_sort_uniq(&fa.values);
            strs_sort_uniq(&fa.types);
            report(w, TC_RNG_ELEM_VALUE, f->el, NULL, all, &fa);
            e = frame_recover(w, f, q);
        }
    } else {
        e = frame_end(w, f, q);
        if (e == RNG_NOTALLOWED) {
            facts fa;
            content_facts(w, q, f->el, &fa, 1);
            fa.end_ok = 0;
            report(w, TC_RNG_INCOMPLETE, f->el, NULL, NULL, &fa);
            e = frame_recover(w, f, q);
        }
    }
    if (f->mode == M_DETACHED)
        return f->p;
    /* lost (a pattern that cannot continue): go on as if el were absent */
    return e == RNG_NOTALLOWED ? f->p : e;
}

/* The whole tree under root, without recursion (documents may nest deeper
 * than the C stack allows). */
static void walk(walker *w, xmlNodePtr root)
{
    size_t cap = 64, top = 0;
    frame *st = malloc(cap * sizeof(*st));
    if (!st) {
        w->c.failed = 1;
        return;
    }
    open_element(w, NULL, root, &st[top++]);
    while (top && !w->c.failed && !w->cut) {
        if (tc_deadline_step(w->dl)) {
            w->cut = 1;
            break;
        }
        frame *f = &st[top - 1];
        xmlNodePtr n = f->next;
        if (!n) {
            rng_pid r = close_element(w, f);
            free(f->text);
            top--;
            if (top)
                st[top - 1].q = r;
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) {
            char *t = text_run(&f->next);
            if (f->next == n)
                f->next = n->next;
            if (!t) {
                w->c.failed = 1;
                break;
            }
            take_text(w, f, t);
            free(t);
            continue;
        }
        f->next = n->next;
        if (top == cap) {
            frame *ns = realloc(st, cap * 2 * sizeof(*st));
            if (!ns) {
                w->c.failed = 1;
                break;
            }
            st = ns;
            cap *= 2;
            f = &st[top - 1];
        }
        if (f->mode == M_UNKNOWN)
            open_detached(w, n, &st[top]);
        else
            open_element(w, f, n, &st[top]);
        top++;
    }
    while (top)
        free(st[--top].text);
    free(st);
}

long tc_rng_validate(const tc_rng_grammar *g, xmlNodePtr root,
                     tc_rng_error_fn fn, void *data, tc_deadline *dl)
{
    walker w;
    memset(&w, 0, sizeof(w));
    if (rng_ctx_init(&w.c, g) != 0)
        return -1;
    w.fn = fn;
    w.data = data;
    w.dl = dl;
    if (root)
        walk(&w, root);
    if (!w.cut) /* cut: the IDs defined after the cut are unknown */
        check_refs(&w);
    long r = w.c.failed || rng_store_failed(&w.c.st) ? -1 : w.errors;
    rng_ctx_free(&w.c);
    free(w.ids);
    free(w.refs);
    return r;
}
