/* rng_deriv.c: the derivatives of RELAX NG patterns (J. Clark, "An algorithm
 * for RELAX NG validation"), memoised per pattern and name, and recovery. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "validate/rng_pattern.h"

enum {
    OP_STO = 1,
    OP_STOR,
    OP_FIND,
    OP_ATT,
    OP_STC,
    OP_IGN,
    OP_TXT,
    OP_END,
    OP_RAF,
    OP_AA_GROUP,
    OP_AA_GROUPL,
    OP_AA_ILR,
    OP_AA_ILL,
    OP_AA_AFTER
};

#define NO_HIT UINT32_MAX

static uint32_t hash4(uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    uint64_t h = a * 0x9E3779B97F4A7C15ull;
    h ^= (h >> 29) + b * 0xBF58476D1CE4E5B9ull;
    h ^= (h >> 31) + c * 0x94D049BB133111EBull;
    h ^= (h >> 27) + d * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(h ^ (h >> 32));
}

static uint32_t str_hash(const xmlChar *s)
{
    return tc_hash_bytes(s, s ? strlen((const char *)s) : 0);
}

int rng_ctx_init(rng_ctx *c, const tc_rng_grammar *g)
{
    memset(c, 0, sizeof(*c));
    c->g = g;
    return rng_store_init(&c->st, &g->st);
}

void rng_ctx_free(rng_ctx *c)
{
    rng_store_free(&c->st);
    free(c->memo);
    free(c->names);
    free(c->nametab);
    for (uint32_t i = 0; i < c->nvals; i++)
        free(c->vals[i]);
    free(c->vals);
    free(c->valtab);
    memset(c, 0, sizeof(*c));
}

/* ---- memo ------------------------------------------------------------ */

static uint32_t memo_get(const rng_ctx *c, uint32_t op, uint32_t p, uint32_t k1,
                         uint32_t k2)
{
    if (!c->capmemo)
        return NO_HIT;
    uint32_t mask = c->capmemo - 1;
    for (uint32_t i = hash4(op, p, k1, k2) & mask;; i = (i + 1) & mask) {
        const rng_memo_ent *e = &c->memo[i];
        if (!e->op)
            return NO_HIT;
        if (e->op == op && e->p == p && e->k1 == k1 && e->k2 == k2)
            return e->r;
    }
}

static void memo_put_raw(rng_memo_ent *tab, uint32_t cap, rng_memo_ent e)
{
    uint32_t mask = cap - 1;
    uint32_t i = hash4(e.op, e.p, e.k1, e.k2) & mask;
    while (tab[i].op)
        i = (i + 1) & mask;
    tab[i] = e;
}

static rng_pid memo_put(rng_ctx *c, uint32_t op, uint32_t p, uint32_t k1,
                        uint32_t k2, rng_pid r)
{
    if ((c->nmemo + 1) * 2 > c->capmemo) {
        uint32_t cap = c->capmemo ? c->capmemo * 2 : 4096;
        rng_memo_ent *t = calloc(cap, sizeof(*t));
        if (!t) {
            c->failed = 1;
            return r;
        }
        for (uint32_t i = 0; i < c->capmemo; i++)
            if (c->memo[i].op)
                memo_put_raw(t, cap, c->memo[i]);
        free(c->memo);
        c->memo = t;
        c->capmemo = cap;
    }
    rng_memo_ent e = {op, p, k1, k2, r};
    memo_put_raw(c->memo, c->capmemo, e);
    c->nmemo++;
    return r;
}

/* ---- interned names and values ------------------------------------------ */

uint32_t rng_name_id(rng_ctx *c, const xmlChar *ns, const xmlChar *local)
{
    if (!ns)
        ns = BAD_CAST "";
    uint32_t h = str_hash(ns) * 31u + str_hash(local);
    if (c->nametabcap) {
        uint32_t mask = c->nametabcap - 1;
        for (uint32_t i = h & mask; c->nametab[i]; i = (i + 1) & mask) {
            const rng_name *n = &c->names[c->nametab[i] - 1];
            if (n->hash == h && xmlStrEqual(n->local, local) &&
                xmlStrEqual(n->ns, ns))
                return c->nametab[i] - 1;
        }
    }
    if ((c->nnames + 1) * 2 > c->nametabcap) {
        uint32_t cap = c->nametabcap ? c->nametabcap * 2 : 256;
        uint32_t *t = calloc(cap, sizeof(*t));
        if (!t) {
            c->failed = 1;
            return 0;
        }
        for (uint32_t i = 0; i < c->nnames; i++) {
            uint32_t j = c->names[i].hash & (cap - 1);
            while (t[j])
                j = (j + 1) & (cap - 1);
            t[j] = i + 1;
        }
        free(c->nametab);
        c->nametab = t;
        c->nametabcap = cap;
    }
    if (c->nnames == c->capnames) {
        uint32_t cap = c->capnames ? c->capnames * 2 : 128;
        rng_name *v = realloc(c->names, cap * sizeof(*v));
        if (!v) {
            c->failed = 1;
            return 0;
        }
        c->names = v;
        c->capnames = cap;
    }
    /* the strings belong to the document, which outlives the context */
    rng_name n = {ns, local, h};
    c->names[c->nnames] = n;
    uint32_t j = h & (c->nametabcap - 1);
    while (c->nametab[j])
        j = (j + 1) & (c->nametabcap - 1);
    c->nametab[j] = c->nnames + 1;
    return c->nnames++;
}

uint32_t rng_value_id(rng_ctx *c, const char *value)
{
    uint32_t h = str_hash(BAD_CAST value);
    if (c->valtabcap) {
        uint32_t mask = c->valtabcap - 1;
        for (uint32_t i = h & mask; c->valtab[i]; i = (i + 1) & mask)
            if (strcmp(c->vals[c->valtab[i] - 1], value) == 0)
                return c->valtab[i] - 1;
    }
    if ((c->nvals + 1) * 2 > c->valtabcap) {
        uint32_t cap = c->valtabcap ? c->valtabcap * 2 : 256;
        uint32_t *t = calloc(cap, sizeof(*t));
        if (!t) {
            c->failed = 1;
            return RNG_ANY_VALUE;
        }
        for (uint32_t i = 0; i < c->nvals; i++) {
            uint32_t j = str_hash(BAD_CAST c->vals[i]) & (cap - 1);
            while (t[j])
                j = (j + 1) & (cap - 1);
            t[j] = i + 1;
        }
        free(c->valtab);
        c->valtab = t;
        c->valtabcap = cap;
    }
    if (c->nvals == c->capvals) {
        uint32_t cap = c->capvals ? c->capvals * 2 : 128;
        char **v = realloc(c->vals, cap * sizeof(*v));
        if (!v) {
            c->failed = 1;
            return RNG_ANY_VALUE;
        }
        c->vals = v;
        c->capvals = cap;
    }
    char *copy = tc_strdup(value);
    if (!copy) {
        c->failed = 1;
        return RNG_ANY_VALUE;
    }
    c->vals[c->nvals] = copy;
    uint32_t j = h & (c->valtabcap - 1);
    while (c->valtab[j])
        j = (j + 1) & (c->valtabcap - 1);
    c->valtab[j] = c->nvals + 1;
    return c->nvals++;
}

/* ---- derivatives --------------------------------------------------------- */

static const rng_pat *P(const rng_ctx *c, rng_pid p)
{
    return rng_get(&c->st, p);
}

/* ---- choices without recursion --------------------------------------------
 * A choice is a chain choice(a1, choice(a2, ... choice(an-1, an))) that may
 * hold tens of thousands of alternatives: a derivative f of it is
 * choice(f(a1), f(rest)), made here with a loop, not with one level of the
 * C stack per alternative. The alternatives are derived first to last and
 * the chain built back from the last, each rest's result memoised: the
 * very patterns, in the very order, that the recursion would make. */

typedef struct chain_fn chain_fn;
struct chain_fn {
    rng_pid (*f)(rng_ctx *c, rng_pid p, const chain_fn *fn);
    uint32_t op, k1, k2; /* the memo key (op 0: not memoised) */
    int flag;            /* recover / ignore */
    const char *s;       /* the text or value */
    int textual;         /* not memoised when the pattern is text-sensitive */
    int no_att;          /* without attributes f(p) is 1: NOTALLOWED, 2: p */
};

/* 1 when f(p) of the choice p is known without a walk: *r. */
static int chain_known(rng_ctx *c, rng_pid p, const chain_fn *fn, rng_pid *r)
{
    const rng_pat *q = P(c, p);
    if (fn->no_att && !q->hasatt) {
        *r = fn->no_att == 1 ? RNG_NOTALLOWED : p;
        return 1;
    }
    if (!fn->op || (fn->textual && q->textsens))
        return 0;
    uint32_t hit = memo_get(c, fn->op, p, fn->k1, fn->k2);
    if (hit == NO_HIT)
        return 0;
    *r = hit;
    return 1;
}

static void chain_keep(rng_ctx *c, rng_pid p, const chain_fn *fn, rng_pid r)
{
    if (fn->op && !(fn->textual && P(c, p)->textsens))
        memo_put(c, fn->op, p, fn->k1, fn->k2, r);
}

/* f of the choice p (whose own memo the caller looked up). */
static rng_pid chain_map(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    rng_pid few[2 * 32], *v = few; /* pairs: a rest, f of its head */
    size_t n = 0, cap = sizeof(few) / sizeof(few[0]);
    rng_pid tail = RNG_NOTALLOWED;
    for (rng_pid rest = p;;) {
        if (n + 2 > cap) {
            rng_pid *nv = v == few ? malloc(2 * cap * sizeof(*nv))
                                   : realloc(v, 2 * cap * sizeof(*nv));
            if (!nv) {
                c->failed = 1;
                break;
            }
            if (v == few)
                memcpy(nv, few, sizeof(few));
            v = nv;
            cap *= 2;
        }
        rng_pid head = P(c, rest)->a, next = P(c, rest)->b;
        v[n++] = rest;
        v[n++] = fn->f(c, head, fn);
        if (P(c, next)->kind != RK_CHOICE) {
            tail = fn->f(c, next, fn);
            break;
        }
        if (chain_known(c, next, fn, &tail))
            break;
        rest = next;
    }
    while (n) {
        rng_pid fa = v[--n], rest = v[--n];
        tail = rng_choice(&c->st, fa, tail);
        chain_keep(c, rest, fn, tail);
    }
    if (v != few)
        free(v);
    return tail;
}

/* Apply "f" to the second operand of every after at the top of p: f is
 * group(q, x), interleave(q, x), interleave(x, q) or after(q, x). */
static rng_pid apply_after(rng_ctx *c, uint32_t op, rng_pid x, rng_pid p);

static rng_pid apply_after_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return apply_after(c, fn->op, fn->k1, p);
}

static rng_pid apply_after(rng_ctx *c, uint32_t op, rng_pid x, rng_pid p)
{
    const rng_pat *q = P(c, p);
    if (q->kind != RK_AFTER && q->kind != RK_CHOICE)
        return RNG_NOTALLOWED;
    uint32_t hit = memo_get(c, op, p, x, 0);
    if (hit != NO_HIT)
        return hit;
    rng_pid a = q->a, b = q->b, r;
    if (q->kind == RK_CHOICE) {
        chain_fn fn = {apply_after_fn, op, x, 0, 0, NULL, 0, 0};
        return chain_map(c, p, &fn);
    } else {
        rng_pid nb;
        switch (op) {
        case OP_AA_GROUP:
            nb = rng_group(&c->st, b, x);
            break;
        case OP_AA_GROUPL:
            nb = rng_group(&c->st, x, b);
            break;
        case OP_AA_ILR:
            nb = rng_interleave(&c->st, b, x);
            break;
        case OP_AA_ILL:
            nb = rng_interleave(&c->st, x, b);
            break;
        default:
            nb = rng_after(&c->st, b, x);
            break;
        }
        r = rng_after(&c->st, a, nb);
    }
    return memo_put(c, op, p, x, 0, r);
}

static rng_pid start_open(rng_ctx *c, rng_pid p, uint32_t name, int recover);

static rng_pid start_open_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return start_open(c, p, fn->k1, fn->flag);
}

static rng_pid start_open(rng_ctx *c, rng_pid p, uint32_t name, int recover)
{
    const rng_pat *q = P(c, p);
    switch (q->kind) {
    case RK_CHOICE:
    case RK_ELEMENT:
    case RK_INTERLEAVE:
    case RK_ONEORMORE:
    case RK_GROUP:
    case RK_AFTER:
        break;
    default:
        return RNG_NOTALLOWED;
    }
    uint32_t op = recover ? OP_STOR : OP_STO;
    uint32_t hit = memo_get(c, op, p, name, 0);
    if (hit != NO_HIT)
        return hit;
    rng_pid a = q->a, b = q->b, r = RNG_NOTALLOWED;
    switch (q->kind) {
    case RK_CHOICE: {
        chain_fn fn = {start_open_fn, op, name, 0, recover, NULL, 0, 0};
        return chain_map(c, p, &fn);
    }
    case RK_ELEMENT: {
        const rng_name *n = &c->names[name];
        if (rng_nc_contains(c->g, a, n->ns, n->local))
            r = rng_after(&c->st, b, RNG_EMPTY);
        break;
    }
    case RK_INTERLEAVE: {
        rng_pid ra =
            apply_after(c, OP_AA_ILR, b, start_open(c, a, name, recover));
        rng_pid rb =
            apply_after(c, OP_AA_ILL, a, start_open(c, b, name, recover));
        r = rng_choice(&c->st, ra, rb);
        break;
    }
    case RK_ONEORMORE: {
        rng_pid more = rng_choice(&c->st, p, RNG_EMPTY);
        r = apply_after(c, OP_AA_GROUP, more, start_open(c, a, name, recover));
        break;
    }
    case RK_GROUP: {
        int a_nullable = P(c, a)->nullable;
        r = apply_after(c, OP_AA_GROUP, b, start_open(c, a, name, recover));
        if (a_nullable || recover)
            r = rng_choice(&c->st, r, start_open(c, b, name, recover));
        break;
    }
    case RK_AFTER:
        r = apply_after(c, OP_AA_AFTER, b, start_open(c, a, name, recover));
        break;
    }
    return memo_put(c, op, p, name, 0, r);
}

rng_pid rng_start_open(rng_ctx *c, rng_pid p, uint32_t name)
{
    return start_open(c, p, name, 0);
}

rng_pid rng_start_open_recover(rng_ctx *c, rng_pid p, uint32_t name)
{
    return start_open(c, p, name, 1);
}

rng_pid rng_find_element(rng_ctx *c, uint32_t name)
{
    uint32_t hit = memo_get(c, OP_FIND, 0, name, 0);
    if (hit != NO_HIT)
        return hit;
    const rng_name *n = &c->names[name];
    /* the contents are chosen among at once (many element patterns may
       hold one name: adding them one by one would rebuild the chain) */
    rng_pid *found = NULL;
    uint32_t nfound = 0;
    for (uint32_t i = 0; i < c->g->nel; i++) {
        const rng_pat *e = P(c, c->g->elements[i]);
        if (!rng_nc_contains(c->g, e->a, n->ns, n->local))
            continue;
        if (!found)
            found = malloc(c->g->nel * sizeof(*found));
        if (!found) {
            c->failed = 1;
            return RNG_NOTALLOWED;
        }
        found[nfound++] = e->b;
    }
    rng_pid r = rng_choice_of(&c->st, found, nfound);
    free(found);
    return memo_put(c, OP_FIND, 0, name, 0, r);
}

int rng_is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

static int value_matches(rng_ctx *c, rng_pid content, const char *s)
{
    if (P(c, content)->nullable && rng_is_blank(s))
        return 1;
    return P(c, rng_text(c, content, s))->nullable;
}

/* The derivative by an attribute's name: after(value pattern, the rest)
 * for each attribute pattern that takes the name. */
static rng_pid att_open_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return rng_att_open(c, p, fn->k1);
}

rng_pid rng_att_open(rng_ctx *c, rng_pid p, uint32_t name)
{
    const rng_pat *q = P(c, p);
    if (!q->hasatt)
        return RNG_NOTALLOWED;
    uint32_t hit = memo_get(c, OP_ATT, p, name, 0);
    if (hit != NO_HIT)
        return hit;
    rng_pid a = q->a, b = q->b, r = RNG_NOTALLOWED;
    switch (q->kind) {
    case RK_AFTER:
        r = apply_after(c, OP_AA_AFTER, b, rng_att_open(c, a, name));
        break;
    case RK_CHOICE: {
        chain_fn fn = {att_open_fn, OP_ATT, name, 0, 0, NULL, 0, 1};
        return chain_map(c, p, &fn);
    }
    case RK_GROUP: {
        rng_pid ra = apply_after(c, OP_AA_GROUP, b, rng_att_open(c, a, name));
        rng_pid rb = apply_after(c, OP_AA_GROUPL, a, rng_att_open(c, b, name));
        r = rng_choice(&c->st, ra, rb);
        break;
    }
    case RK_INTERLEAVE: {
        rng_pid ra = apply_after(c, OP_AA_ILR, b, rng_att_open(c, a, name));
        rng_pid rb = apply_after(c, OP_AA_ILL, a, rng_att_open(c, b, name));
        r = rng_choice(&c->st, ra, rb);
        break;
    }
    case RK_ONEORMORE: {
        rng_pid more = rng_choice(&c->st, p, RNG_EMPTY);
        r = apply_after(c, OP_AA_GROUP, more, rng_att_open(c, a, name));
        break;
    }
    case RK_ATTRIBUTE: {
        const rng_name *n = &c->names[name];
        if (rng_nc_contains(c->g, a, n->ns, n->local))
            r = rng_after(&c->st, b, RNG_EMPTY);
        break;
    }
    default:
        break;
    }
    return memo_put(c, OP_ATT, p, name, 0, r);
}

/* The rest of every after in p whose value pattern takes value. Values
 * are mostly unique (identifiers, numbers): no memo for those checks, only
 * for value patterns that do not look at the string. */
static rng_pid att_value_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return rng_att_value(c, p, fn->s);
}

rng_pid rng_att_value(rng_ctx *c, rng_pid p, const char *value)
{
    const rng_pat *q = P(c, p);
    rng_pid a = q->a, b = q->b;
    if (q->kind == RK_CHOICE) {
        chain_fn fn = {att_value_fn, 0, 0, 0, 0, value, 0, 0};
        return chain_map(c, p, &fn);
    }
    if (q->kind != RK_AFTER)
        return RNG_NOTALLOWED;
    return value_matches(c, a, value) ? b : RNG_NOTALLOWED;
}

static rng_pid close_atts(rng_ctx *c, rng_pid p, int ignore);

static rng_pid close_atts_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return close_atts(c, p, fn->flag);
}

static rng_pid close_atts(rng_ctx *c, rng_pid p, int ignore)
{
    const rng_pat *q = P(c, p);
    if (!q->hasatt)
        return p;
    uint32_t op = ignore ? OP_IGN : OP_STC;
    uint32_t hit = memo_get(c, op, p, 0, 0);
    if (hit != NO_HIT)
        return hit;
    rng_pid a = q->a, b = q->b, r = RNG_NOTALLOWED;
    switch (q->kind) {
    case RK_AFTER:
        r = rng_after(&c->st, close_atts(c, a, ignore), b);
        break;
    case RK_CHOICE: {
        chain_fn fn = {close_atts_fn, op, 0, 0, ignore, NULL, 0, 2};
        return chain_map(c, p, &fn);
    }
    case RK_GROUP: {
        rng_pid ra = close_atts(c, a, ignore);
        r = rng_group(&c->st, ra, close_atts(c, b, ignore));
        break;
    }
    case RK_INTERLEAVE: {
        rng_pid ra = close_atts(c, a, ignore);
        r = rng_interleave(&c->st, ra, close_atts(c, b, ignore));
        break;
    }
    case RK_ONEORMORE:
        r = rng_one_or_more(&c->st, close_atts(c, a, ignore));
        break;
    case RK_ATTRIBUTE:
        r = ignore ? RNG_EMPTY : RNG_NOTALLOWED;
        break;
    default:
        r = p;
        break;
    }
    return memo_put(c, op, p, 0, 0, r);
}

rng_pid rng_start_close(rng_ctx *c, rng_pid p)
{
    return close_atts(c, p, 0);
}

rng_pid rng_ignore_missing_atts(rng_ctx *c, rng_pid p)
{
    return close_atts(c, p, 1);
}

/* The derivative of a list's pattern by the white-space separated tokens of s. */
static rng_pid list_deriv(rng_ctx *c, rng_pid p, const char *s)
{
    char *copy = tc_strdup(s);
    if (!copy) {
        c->failed = 1;
        return RNG_NOTALLOWED;
    }
    char *save = NULL;
    for (char *tok = strtok_r(copy, " \t\r\n", &save);
         tok && p != RNG_NOTALLOWED; tok = strtok_r(NULL, " \t\r\n", &save))
        p = rng_text(c, p, tok);
    free(copy);
    return p;
}

static rng_pid text_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return rng_text(c, p, fn->s);
}

rng_pid rng_text(rng_ctx *c, rng_pid p, const char *s)
{
    const rng_pat *q = P(c, p);
    switch (q->kind) {
    case RK_NOTALLOWED:
    case RK_EMPTY:
    case RK_ATTRIBUTE:
    case RK_ELEMENT:
        return RNG_NOTALLOWED;
    case RK_TEXT:
        return p;
    default:
        break;
    }
    int memo = !q->textsens;
    if (memo) {
        uint32_t hit = memo_get(c, OP_TXT, p, 0, 0);
        if (hit != NO_HIT)
            return hit;
    }
    rng_pid a = q->a, b = q->b, r = RNG_NOTALLOWED;
    const rng_types *T = &c->g->types;
    switch (q->kind) {
    case RK_CHOICE: {
        chain_fn fn = {text_fn, OP_TXT, 0, 0, 0, s, 1, 0};
        return chain_map(c, p, &fn);
    }
    case RK_INTERLEAVE: {
        rng_pid ra = rng_interleave(&c->st, rng_text(c, a, s), b);
        rng_pid rb = rng_interleave(&c->st, a, rng_text(c, b, s));
        r = rng_choice(&c->st, ra, rb);
        break;
    }
    case RK_GROUP: {
        int a_nullable = P(c, a)->nullable;
        r = rng_group(&c->st, rng_text(c, a, s), b);
        if (a_nullable)
            r = rng_choice(&c->st, r, rng_text(c, b, s));
        break;
    }
    case RK_AFTER:
        r = rng_after(&c->st, rng_text(c, a, s), b);
        break;
    case RK_ONEORMORE:
        r = rng_group(&c->st, rng_text(c, a, s),
                      rng_choice(&c->st, p, RNG_EMPTY));
        break;
    case RK_VALUE:
        r = rng_types_equal(T, a, s) ? RNG_EMPTY : RNG_NOTALLOWED;
        break;
    case RK_DATA:
        if (rng_types_allows(T, a, s) &&
            (b == RNG_NOTALLOWED || !P(c, rng_text(c, b, s))->nullable))
            r = RNG_EMPTY;
        break;
    case RK_LIST:
        r = P(c, list_deriv(c, a, s))->nullable ? RNG_EMPTY : RNG_NOTALLOWED;
        break;
    default:
        break;
    }
    return memo ? memo_put(c, OP_TXT, p, 0, 0, r) : r;
}

static rng_pid after_step(rng_ctx *c, rng_pid p, int recover);

static rng_pid after_step_fn(rng_ctx *c, rng_pid p, const chain_fn *fn)
{
    return after_step(c, p, fn->flag);
}

static rng_pid after_step(rng_ctx *c, rng_pid p, int recover)
{
    const rng_pat *q = P(c, p);
    if (q->kind == RK_AFTER)
        return recover || P(c, q->a)->nullable ? q->b : RNG_NOTALLOWED;
    if (q->kind != RK_CHOICE)
        return RNG_NOTALLOWED;
    uint32_t op = recover ? OP_RAF : OP_END;
    uint32_t hit = memo_get(c, op, p, 0, 0);
    if (hit != NO_HIT)
        return hit;
    chain_fn fn = {after_step_fn, op, 0, 0, recover, NULL, 0, 0};
    return chain_map(c, p, &fn);
}

rng_pid rng_end_tag(rng_ctx *c, rng_pid p)
{
    return after_step(c, p, 0);
}

rng_pid rng_recover_after(rng_ctx *c, rng_pid p)
{
    return after_step(c, p, 1);
}
