/* rng_pattern.c: the hash-consed pattern store of our RELAX NG validator and
 * the simplifying constructors (choice, group, interleave, after, ...). */
#include <stdlib.h>
#include <string.h>

#include "validate/rng_pattern.h"

#define FAILED_MARK UINT32_MAX

static uint32_t mix(uint32_t h, uint32_t x)
{
    h ^= x + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

static uint32_t pat_hash(const rng_pat *p)
{
    uint32_t h =
        mix(mix(mix(p->kind, p->a), p->b), p->kind == RK_ELEMENT ? p->c : 0);
    return h * 2654435761u;
}

static int pat_eq(const rng_pat *x, const rng_pat *y)
{
    if (x->kind != y->kind)
        return 0;
    if (x->kind == RK_ELEMENT)
        return x->c == y->c;
    return x->a == y->a && x->b == y->b;
}

static uint32_t find_in(const rng_store *s, const rng_pat *p, uint32_t h)
{
    if (!s->tabcap)
        return FAILED_MARK;
    uint32_t mask = s->tabcap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t e = s->tab[i];
        if (!e)
            return FAILED_MARK;
        if (pat_eq(rng_get(s, e - 1), p))
            return e - 1;
    }
}

static int grow_table(rng_store *s)
{
    uint32_t cap = s->tabcap ? s->tabcap * 2 : 1024;
    uint32_t *t = calloc(cap, sizeof(*t));
    if (!t)
        return -1;
    for (uint32_t i = 0; i < s->tabcap; i++) {
        uint32_t e = s->tab[i];
        if (!e)
            continue;
        uint32_t j = pat_hash(rng_get(s, e - 1)) & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = e;
    }
    free(s->tab);
    s->tab = t;
    s->tabcap = cap;
    return 0;
}

/* The index of p, added when new. */
static rng_pid intern(rng_store *s, rng_pat p)
{
    if (s->cap == FAILED_MARK)
        return RNG_NOTALLOWED;
    uint32_t h = pat_hash(&p);
    uint32_t hit = s->base ? find_in(s->base, &p, h) : FAILED_MARK;
    if (hit != FAILED_MARK)
        return hit;
    hit = find_in(s, &p, h);
    if (hit != FAILED_MARK)
        return hit;
    if ((s->n + 1) * 2 > s->tabcap && grow_table(s) != 0)
        goto fail;
    if (s->n == s->cap) {
        uint32_t cap = s->cap ? s->cap * 2 : 256;
        rng_pat *v = realloc(s->v, cap * sizeof(*v));
        if (!v)
            goto fail;
        s->v = v;
        s->cap = cap;
    }
    rng_pid id = s->off + s->n;
    s->v[s->n++] = p;
    uint32_t mask = s->tabcap - 1;
    uint32_t i = h & mask;
    while (s->tab[i])
        i = (i + 1) & mask;
    s->tab[i] = id + 1;
    return id;
fail:
    s->cap = FAILED_MARK;
    return RNG_NOTALLOWED;
}

int rng_store_failed(const rng_store *s)
{
    return s->cap == FAILED_MARK;
}

int rng_store_init(rng_store *s, const rng_store *base)
{
    memset(s, 0, sizeof(*s));
    s->base = base;
    s->off = base ? base->off + base->n : 0;
    if (!base) {
        rng_pat na = {RK_NOTALLOWED, 0, 0, 0, 0, 0, 0};
        rng_pat em = {RK_EMPTY, 1, 0, 0, 0, 0, 0};
        rng_pat tx = {RK_TEXT, 1, 0, 0, 0, 0, 0};
        if (intern(s, na) != RNG_NOTALLOWED || intern(s, em) != RNG_EMPTY ||
            intern(s, tx) != RNG_TEXT)
            return -1;
    }
    return 0;
}

void rng_store_free(rng_store *s)
{
    if (s->cap != FAILED_MARK || s->v)
        free(s->v);
    free(s->tab);
    memset(s, 0, sizeof(*s));
}

static rng_pat mk(int kind, const rng_store *s, rng_pid a, rng_pid b)
{
    rng_pat p = {(uint8_t)kind, 0, 0, 0, a, b, 0};
    const rng_pat *x = rng_get(s, a), *y = rng_get(s, b);
    switch (kind) {
    case RK_CHOICE:
        p.nullable = x->nullable | y->nullable;
        p.textsens = x->textsens | y->textsens;
        p.hasatt = x->hasatt | y->hasatt;
        p.c = 1 + (y->kind == RK_CHOICE ? y->c : 1);
        break;
    case RK_GROUP:
    case RK_INTERLEAVE:
        p.nullable = x->nullable & y->nullable;
        p.textsens = x->textsens | y->textsens;
        p.hasatt = x->hasatt | y->hasatt;
        break;
    case RK_AFTER:
        p.textsens = x->textsens;
        p.hasatt = x->hasatt;
        break;
    case RK_ONEORMORE:
        p.nullable = x->nullable;
        p.textsens = x->textsens;
        p.hasatt = x->hasatt;
        p.b = 0;
        break;
    default:
        break;
    }
    return p;
}

/* The alternatives of a choice, in a growing array (on the stack while
 * they are few: most choices made while validating add one alternative). */
typedef struct alts {
    rng_pid *v;
    size_t n, cap;
    int failed;
    rng_pid few[16];
} alts;

static void alts_init(alts *l)
{
    l->v = l->few;
    l->n = 0;
    l->cap = sizeof(l->few) / sizeof(l->few[0]);
    l->failed = 0;
}

static void alts_push(alts *l, rng_pid p)
{
    if (l->n == l->cap) {
        size_t cap = l->cap * 2;
        rng_pid *v = l->v == l->few ? malloc(cap * sizeof(*v))
                                    : realloc(l->v, cap * sizeof(*v));
        if (!v) {
            l->failed = 1;
            return;
        }
        if (l->v == l->few)
            memcpy(v, l->few, sizeof(l->few));
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = p;
}

static void alts_free(alts *l)
{
    if (l->v != l->few)
        free(l->v);
}

/* The first alternative of a choice chain (p itself when not a choice) and
 * the chain after it (NOTALLOWED at its end). */
static rng_pid chain_head(const rng_store *s, rng_pid p)
{
    const rng_pat *x = rng_get(s, p);
    return x->kind == RK_CHOICE ? x->a : p;
}

static rng_pid chain_next(const rng_store *s, rng_pid p)
{
    const rng_pat *x = rng_get(s, p);
    return x->kind == RK_CHOICE ? x->b : RNG_NOTALLOWED;
}

/* The chain of the alternatives l->v (ascending, distinct) followed by
 * those of tail (a chain whose alternatives all come after them, or
 * NOTALLOWED), interned from the right. Frees l. */
static rng_pid chain_build(rng_store *s, alts *l, rng_pid tail)
{
    rng_pid r = tail;
    s->work += l->n;
    if (l->failed) {
        s->cap = FAILED_MARK;
        r = RNG_NOTALLOWED;
    } else {
        for (size_t i = l->n; i-- > 0;)
            r = r == RNG_NOTALLOWED ? l->v[i]
                                    : intern(s, mk(RK_CHOICE, s, l->v[i], r));
    }
    alts_free(l);
    return r;
}

/* Choices are kept as right-nested chains of distinct alternatives in
 * ascending order, so equal sets of alternatives intern to one pattern.
 * Two chains are merged from their heads; the rest of the longer one is
 * kept as it is, so adding one alternative costs its position in the
 * chain, not the chain's length. */
rng_pid rng_choice(rng_store *s, rng_pid a, rng_pid b)
{
    if (a == RNG_NOTALLOWED)
        return b;
    if (b == RNG_NOTALLOWED || a == b)
        return a;
    alts l;
    alts_init(&l);
    while (a != RNG_NOTALLOWED && b != RNG_NOTALLOWED) {
        rng_pid ha = chain_head(s, a), hb = chain_head(s, b);
        alts_push(&l, ha < hb ? ha : hb);
        if (ha <= hb)
            a = chain_next(s, a);
        if (hb <= ha)
            b = chain_next(s, b);
    }
    return chain_build(s, &l, a != RNG_NOTALLOWED ? a : b);
}

static int cmp_pid(const void *x, const void *y)
{
    rng_pid a = *(const rng_pid *)x, b = *(const rng_pid *)y;
    return a < b ? -1 : a > b;
}

static uint32_t chain_length(const rng_store *s, rng_pid p)
{
    const rng_pat *x = rng_get(s, p);
    return p == RNG_NOTALLOWED ? 0 : x->kind == RK_CHOICE ? x->c : 1;
}

/* The longest chain among the patterns is kept whole and the others'
 * alternatives (sorted) are merged into it from its head: a choice of an
 * element and a long chain (choices nested through refs) costs the
 * element's place in the chain, not the chain's length. */
rng_pid rng_choice_of(rng_store *s, const rng_pid *ps, size_t n)
{
    size_t longest = n;
    for (size_t i = 0; i < n; i++)
        if (chain_length(s, ps[i]) > 1 &&
            (longest == n ||
             chain_length(s, ps[i]) > chain_length(s, ps[longest])))
            longest = i;
    alts l, out;
    alts_init(&l);
    for (size_t i = 0; i < n; i++)
        for (rng_pid p = i == longest ? RNG_NOTALLOWED : ps[i];
             p != RNG_NOTALLOWED; p = chain_next(s, p))
            alts_push(&l, chain_head(s, p));
    if (!l.failed && l.n) {
        qsort(l.v, l.n, sizeof(*l.v), cmp_pid);
        size_t k = 0;
        for (size_t i = 0; i < l.n; i++)
            if (!k || l.v[k - 1] != l.v[i])
                l.v[k++] = l.v[i];
        l.n = k;
    }
    s->work += l.n;
    alts_init(&out);
    out.failed = l.failed;
    rng_pid c = longest < n ? ps[longest] : RNG_NOTALLOWED;
    size_t i = 0;
    while (i < l.n && c != RNG_NOTALLOWED) {
        rng_pid x = l.v[i], h = chain_head(s, c);
        alts_push(&out, x < h ? x : h);
        if (x <= h)
            i++;
        if (h <= x)
            c = chain_next(s, c);
    }
    while (i < l.n)
        alts_push(&out, l.v[i++]);
    alts_free(&l);
    return chain_build(s, &out, c);
}

rng_pid rng_group(rng_store *s, rng_pid a, rng_pid b)
{
    if (a == RNG_NOTALLOWED || b == RNG_NOTALLOWED)
        return RNG_NOTALLOWED;
    if (a == RNG_EMPTY)
        return b;
    if (b == RNG_EMPTY)
        return a;
    return intern(s, mk(RK_GROUP, s, a, b));
}

rng_pid rng_interleave(rng_store *s, rng_pid a, rng_pid b)
{
    if (a == RNG_NOTALLOWED || b == RNG_NOTALLOWED)
        return RNG_NOTALLOWED;
    if (a == RNG_EMPTY)
        return b;
    if (b == RNG_EMPTY)
        return a;
    if (a > b) { /* interleave is commutative */
        rng_pid t = a;
        a = b;
        b = t;
    }
    return intern(s, mk(RK_INTERLEAVE, s, a, b));
}

rng_pid rng_after(rng_store *s, rng_pid a, rng_pid b)
{
    if (a == RNG_NOTALLOWED || b == RNG_NOTALLOWED)
        return RNG_NOTALLOWED;
    return intern(s, mk(RK_AFTER, s, a, b));
}

rng_pid rng_one_or_more(rng_store *s, rng_pid a)
{
    const rng_pat *x = rng_get(s, a);
    if (a == RNG_NOTALLOWED || a == RNG_EMPTY || x->kind == RK_ONEORMORE)
        return a;
    return intern(s, mk(RK_ONEORMORE, s, a, RNG_NOTALLOWED));
}

rng_pid rng_list(rng_store *s, rng_pid a)
{
    if (a == RNG_NOTALLOWED)
        return a;
    rng_pat p = {RK_LIST, 0, 1, 0, a, 0, 0};
    return intern(s, p);
}

rng_pid rng_data(rng_store *s, uint32_t dt, rng_pid except)
{
    rng_pat p = {RK_DATA, 0, 1, 0, dt, except, 0};
    return intern(s, p);
}

rng_pid rng_value(rng_store *s, uint32_t val)
{
    rng_pat p = {RK_VALUE, 0, 1, 0, val, 0, 0};
    return intern(s, p);
}

rng_pid rng_attribute(rng_store *s, uint32_t nc, rng_pid content)
{
    if (content == RNG_NOTALLOWED)
        return content;
    rng_pat p = {RK_ATTRIBUTE, 0, 0, 1, nc, content, 0};
    return intern(s, p);
}

rng_pid rng_element(rng_store *s, uint32_t nc)
{
    rng_pat p = {RK_ELEMENT, 0, 0, 0, nc, RNG_NOTALLOWED, s->off + s->n};
    return intern(s, p);
}

void rng_element_set_content(rng_store *s, rng_pid el, rng_pid content)
{
    if (el >= s->off && el - s->off < s->n)
        s->v[el - s->off].b = content;
}

rng_pid rng_store_add_raw(rng_store *s, uint8_t kind, uint32_t a, uint32_t b,
                          uint32_t c)
{
    uint32_t n = s->off + s->n;
    rng_pat p = {kind, 0, 0, 0, a, b, 0};
    switch (kind) {
    case RK_CHOICE:
    case RK_GROUP:
    case RK_INTERLEAVE:
    case RK_ONEORMORE:
        if (a >= n || b >= n || (kind == RK_ONEORMORE && b))
            return FAILED_MARK;
        p = mk(kind, s, a, b);
        break;
    case RK_LIST:
    case RK_VALUE:
        if ((kind == RK_LIST && a >= n) || b)
            return FAILED_MARK;
        p.textsens = 1;
        break;
    case RK_DATA:
        if (b >= n)
            return FAILED_MARK;
        p.textsens = 1;
        break;
    case RK_ATTRIBUTE:
        if (b >= n)
            return FAILED_MARK;
        p.hasatt = 1;
        break;
    case RK_ELEMENT:
        p.c = n; /* its serial; b (the content) may come later */
        break;
    default:
        return FAILED_MARK;
    }
    if (c != p.c)
        return FAILED_MARK;
    rng_pid r = intern(s, p); /* a pattern met before: its earlier index */
    return rng_store_failed(s) || r != n ? FAILED_MARK : r;
}
