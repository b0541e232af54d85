/* rng_names.c: the strings of a compiled RELAX NG grammar (names,
 * namespaces, define names), each kept once so that a pointer compares
 * them. Our own table, as libxml2 2.9's dictionary stops growing at 16,384
 * buckets and turns slow (quadratic) past about 50,000 names. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "validate/rng_pattern.h"

struct rng_names {
    xmlChar **v;
    uint32_t n, cap;
    uint32_t *tab; /* open addressing, holds index + 1 */
    uint32_t tabcap;
};

static uint32_t hash(const xmlChar *s, size_t len)
{
    return tc_hash_bytes(s, len);
}

rng_names *rng_names_new(void)
{
    return calloc(1, sizeof(rng_names));
}

void rng_names_free(rng_names *t)
{
    if (!t)
        return;
    for (uint32_t i = 0; i < t->n; i++)
        free(t->v[i]);
    free(t->v);
    free(t->tab);
    free(t);
}

static int grow(rng_names *t)
{
    uint32_t cap = t->tabcap ? t->tabcap * 2 : 256;
    uint32_t *tab = calloc(cap, sizeof(*tab));
    if (!tab)
        return -1;
    for (uint32_t i = 0; i < t->n; i++) {
        uint32_t j = hash(t->v[i], strlen((const char *)t->v[i])) & (cap - 1);
        while (tab[j])
            j = (j + 1) & (cap - 1);
        tab[j] = i + 1;
    }
    free(t->tab);
    t->tab = tab;
    t->tabcap = cap;
    return 0;
}

const xmlChar *rng_names_get(rng_names *t, const xmlChar *s, int len)
{
    size_t n = len < 0 ? strlen((const char *)s) : (size_t)len;
    uint32_t h = hash(s, n);
    if (t->tabcap) {
        for (uint32_t i = h & (t->tabcap - 1); t->tab[i];
             i = (i + 1) & (t->tabcap - 1)) {
            const xmlChar *e = t->v[t->tab[i] - 1];
            if (strncmp((const char *)e, (const char *)s, n) == 0 && !e[n])
                return e;
        }
    }
    if ((t->n + 1) * 2 > t->tabcap && grow(t) != 0)
        return NULL;
    if (t->n == t->cap) {
        uint32_t cap = t->cap ? t->cap * 2 : 64;
        xmlChar **v = realloc(t->v, cap * sizeof(*v));
        if (!v)
            return NULL;
        t->v = v;
        t->cap = cap;
    }
    xmlChar *copy = malloc(n + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, n);
    copy[n] = 0;
    uint32_t i = h & (t->tabcap - 1);
    while (t->tab[i])
        i = (i + 1) & (t->tabcap - 1);
    t->tab[i] = t->n + 1;
    t->v[t->n++] = copy;
    return copy;
}
