/* schema_prune.c: a RELAX NG grammar cut down to the element names of one
 * document (element patterns for absent names become notAllowed). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

#include "validate/schema_prune.h"
#include "base/util.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

/* Names are kept as "namespace\001local", sorted, for merge comparisons. */
struct tc_nameset {
    char **v;
    size_t n;
};

static char *name_key(const char *ns, const char *local)
{
    return tc_asprintf("%s\001%s", ns ? ns : "", local);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct collect {
    tc_nameset *s;
    size_t cap;
    int failed;
} collect;

static void collect_key(void *payload, void *data, const xmlChar *name)
{
    (void)payload;
    collect *c = data;
    if (c->failed)
        return;
    if (c->s->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        char **nv = realloc(c->s->v, cap * sizeof(*nv));
        if (!nv) {
            c->failed = 1;
            return;
        }
        c->s->v = nv;
        c->cap = cap;
    }
    c->s->v[c->s->n] = tc_strdup((const char *)name);
    if (!c->s->v[c->s->n])
        c->failed = 1;
    else
        c->s->n++;
}

tc_nameset *tc_nameset_from_doc(xmlDocPtr doc)
{
    tc_nameset *s = calloc(1, sizeof(*s));
    xmlHashTablePtr seen = xmlHashCreate(256);
    if (!s || !seen) {
        free(s);
        xmlHashFree(seen, NULL);
        return NULL;
    }
    /* Iterative walk: documents can be deep and large. */
    xmlNodePtr n = xmlDocGetRootElement(doc);
    int failed = 0;
    while (n && !failed) {
        if (n->type == XML_ELEMENT_NODE) {
            char *key = name_key(n->ns ? (const char *)n->ns->href : NULL,
                                 (const char *)n->name);
            if (!key)
                failed = 1;
            else if (!xmlHashLookup(seen, BAD_CAST key))
                failed = xmlHashAddEntry(seen, BAD_CAST key, (void *)1) != 0;
            free(key);
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n && !n->next && n->parent &&
               n->parent->type == XML_ELEMENT_NODE)
            n = n->parent;
        n = (n && n->parent && n->parent->type == XML_ELEMENT_NODE) ? n->next
                                                                    : NULL;
    }
    collect c = {s, 0, failed};
    if (!failed)
        xmlHashScan(seen, collect_key, &c);
    xmlHashFree(seen, NULL);
    if (c.failed) {
        tc_nameset_free(s);
        return NULL;
    }
    if (s->n)
        qsort(s->v, s->n, sizeof(*s->v), cmp_str);
    return s;
}

void tc_nameset_free(tc_nameset *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
    free(s);
}

size_t tc_nameset_size(const tc_nameset *s)
{
    return s ? s->n : 0;
}

tc_nameset *tc_nameset_union(const tc_nameset *a, const tc_nameset *b)
{
    tc_nameset *u = calloc(1, sizeof(*u));
    if (!u)
        return NULL;
    u->v = malloc((a->n + b->n + 1) * sizeof(*u->v));
    if (!u->v) {
        free(u);
        return NULL;
    }
    size_t i = 0, j = 0;
    while (i < a->n || j < b->n) {
        int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(a->v[i], b->v[j]);
        const char *next = c <= 0 ? a->v[i] : b->v[j];
        if (c <= 0)
            i++;
        if (c >= 0)
            j++;
        u->v[u->n] = tc_strdup(next);
        if (!u->v[u->n]) {
            tc_nameset_free(u);
            return NULL;
        }
        u->n++;
    }
    return u;
}

int tc_nameset_subset(const tc_nameset *a, const tc_nameset *b)
{
    size_t j = 0;
    for (size_t i = 0; i < a->n; i++) {
        while (j < b->n && strcmp(b->v[j], a->v[i]) < 0)
            j++;
        if (j == b->n || strcmp(b->v[j], a->v[i]) != 0)
            return 0;
    }
    return 1;
}

int tc_nameset_has(const tc_nameset *s, const char *ns, const char *local)
{
    char *key = name_key(ns, local);
    if (!key)
        return 1; /* out of memory: keeping the pattern is always safe */
    int found = bsearch(&key, s->v, s->n, sizeof(*s->v), cmp_str) != NULL;
    free(key);
    return found;
}

/* ---- the grammar ------------------------------------------------------- */

int tc_rng_is(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           strcmp((const char *)n->ns->href, RNG_NS) == 0 &&
           (!name || strcmp((const char *)n->name, name) == 0);
}

/* Next node in document order below top, skipping n's children when
 * skip_children is set. */
xmlNodePtr tc_rng_walk_next(xmlNodePtr n, xmlNodePtr top, int skip_children)
{
    if (!skip_children && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != top) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

int tc_rng_prunable(xmlDocPtr rng)
{
    xmlNodePtr root = xmlDocGetRootElement(rng);
    if (!tc_rng_is(root, "grammar"))
        return 0;
    for (xmlNodePtr n = root->children; n; n = tc_rng_walk_next(n, root, 0)) {
        if (tc_rng_is(n, "include") || tc_rng_is(n, "externalRef") ||
            tc_rng_is(n, "grammar") || tc_rng_is(n, "parentRef"))
            return 0;
    }
    return 1;
}

/* The inherited ns attribute of RELAX NG (nearest ancestor-or-self). */
static xmlChar *inherited_ns(xmlNodePtr n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        xmlChar *ns = xmlGetNoNsProp(n, BAD_CAST "ns");
        if (ns)
            return ns;
    }
    return NULL;
}

char *tc_rng_trim(const xmlChar *s)
{
    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen((const char *)s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
                 s[n - 1] == '\r'))
        n--;
    return tc_strndup((const char *)s, n);
}

int tc_rng_pattern_name(xmlNodePtr el, int is_attr, char **ns, char **local)
{
    *ns = *local = NULL;
    xmlChar *qname = xmlGetNoNsProp(el, BAD_CAST "name");
    xmlNodePtr scope = el;
    if (!qname) {
        xmlNodePtr c = el->children;
        while (c && c->type != XML_ELEMENT_NODE)
            c = c->next;
        if (!tc_rng_is(c, "name"))
            return 0;
        qname = xmlNodeGetContent(c);
        scope = c;
        if (!qname)
            return 0;
    }
    char *q = tc_rng_trim(qname);
    xmlFree(qname);
    if (!q)
        return 0;
    char *colon = strchr(q, ':');
    *ns = NULL;
    if (colon) {
        *colon = '\0';
        xmlNsPtr decl = xmlSearchNs(el->doc, scope, BAD_CAST q);
        if (!decl) {
            free(q);
            return 0;
        }
        *ns = tc_strdup((const char *)decl->href);
        *local = tc_strdup(colon + 1);
    } else {
        /* an element inherits ns; an attribute has none unless given */
        xmlChar *inh = is_attr ? xmlGetNoNsProp(scope, BAD_CAST "ns")
                               : inherited_ns(scope);
        if (inh && *inh)
            *ns = tc_strdup((const char *)inh);
        xmlFree(inh);
        *local = tc_strdup(q);
    }
    free(q);
    return *local != NULL;
}

/* Replace element patterns for names the document never uses. */
static size_t drop_absent_elements(xmlNodePtr root, const tc_nameset *names)
{
    size_t dropped = 0;
    xmlNodePtr n = root->children;
    while (n) {
        if (!tc_rng_is(n, "element")) {
            n = tc_rng_walk_next(n, root, 0);
            continue;
        }
        char *ns = NULL, *local = NULL;
        int simple = tc_rng_pattern_name(n, 0, &ns, &local);
        int keep = !simple || tc_nameset_has(names, ns, local);
        free(ns);
        free(local);
        if (keep) {
            n = tc_rng_walk_next(n, root, 0);
            continue;
        }
        xmlNodePtr na =
            xmlNewDocNode(n->doc, n->ns, BAD_CAST "notAllowed", NULL);
        if (!na) {
            n = tc_rng_walk_next(n, root, 0);
            continue;
        }
        xmlReplaceNode(n, na);
        xmlFreeNode(n);
        dropped++;
        n = tc_rng_walk_next(na, root, 1);
    }
    return dropped;
}

/* ---- notAllowed propagation (RELAX NG simplification, spec 4.20) --------
 * libxml2 mishandles notAllowed left inside element content next to
 * attributes, and an <empty/> inside a repeated group, so the grammar is
 * simplified here: a group, interleave, oneOrMore, list or mixed holding
 * notAllowed is notAllowed; a choice drops notAllowed branches; optional /
 * zeroOrMore of notAllowed is removed (or empty when alone). Refs to
 * defines that became notAllowed are left alone on purpose: replacing them
 * too sends libxml2's compiler into exponential time on tei_all. */

static xmlNodePtr replace_with(xmlNodePtr n, const char *name)
{
    xmlNodePtr r = xmlNewDocNode(n->doc, n->ns, BAD_CAST name, NULL);
    if (!r)
        return n;
    xmlReplaceNode(n, r);
    xmlFreeNode(n);
    return r;
}

typedef struct simp {
    int changed;
} simp;

static int is_pattern_child(xmlNodePtr c)
{
    /* name classes and annotations are not patterns */
    return c->type == XML_ELEMENT_NODE && tc_rng_is(c, NULL) &&
           !tc_rng_is(c, "name") && !tc_rng_is(c, "anyName") &&
           !tc_rng_is(c, "nsName");
}

static int simplify(simp *sp, xmlNodePtr n);

/* Simplify the pattern children; 1 when one of them is notAllowed. */
static int simplify_children(simp *sp, xmlNodePtr n, int *live)
{
    int any = 0, count = 0, dead = 0;
    xmlNodePtr c = n->children;
    while (c) {
        xmlNodePtr next = c->next;
        if (is_pattern_child(c)) {
            count++;
            if (simplify(sp, c)) {
                any = 1;
                dead++;
            }
        }
        c = next;
    }
    if (live)
        *live = count - dead;
    return any;
}

static int simplify(simp *sp, xmlNodePtr n)
{
    const char *name = (const char *)n->name;
    if (strcmp(name, "notAllowed") == 0)
        return 1;
    if (strcmp(name, "group") == 0 || strcmp(name, "interleave") == 0 ||
        strcmp(name, "oneOrMore") == 0 || strcmp(name, "list") == 0 ||
        strcmp(name, "mixed") == 0) {
        if (simplify_children(sp, n, NULL)) {
            replace_with(n, "notAllowed");
            sp->changed = 1;
            return 1;
        }
        return 0;
    }
    if (strcmp(name, "optional") == 0 || strcmp(name, "zeroOrMore") == 0) {
        if (simplify_children(sp, n, NULL)) {
            /* it matches only the empty sequence: drop it where that
             * changes nothing (libxml2 also mishandles a stray <empty/>) */
            xmlNodePtr parent = n->parent;
            int siblings = 0;
            for (xmlNodePtr k = parent ? parent->children : NULL; k;
                 k = k->next)
                siblings += k != n && is_pattern_child(k);
            int droppable =
                parent && siblings > 0 &&
                (tc_rng_is(parent, "group") ||
                 tc_rng_is(parent, "interleave") ||
                 tc_rng_is(parent, "element") || tc_rng_is(parent, "define") ||
                 tc_rng_is(parent, "optional") ||
                 tc_rng_is(parent, "zeroOrMore") ||
                 tc_rng_is(parent, "oneOrMore") || tc_rng_is(parent, "mixed"));
            if (droppable) {
                xmlUnlinkNode(n);
                xmlFreeNode(n);
            } else {
                replace_with(n, "empty");
            }
            sp->changed = 1;
        }
        return 0;
    }
    if (strcmp(name, "choice") == 0) {
        int live = 0;
        simplify_children(sp, n, &live);
        xmlNodePtr c = n->children;
        if (live == 0) {
            /* an empty choice cannot be a name class here: those only
             * hold name, anyName, nsName (never notAllowed) */
            int patterns = 0;
            for (xmlNodePtr k = n->children; k; k = k->next)
                patterns += is_pattern_child(k);
            if (patterns) {
                replace_with(n, "notAllowed");
                sp->changed = 1;
                return 1;
            }
            return 0;
        }
        while (c) {
            xmlNodePtr next = c->next;
            if (tc_rng_is(c, "notAllowed")) {
                xmlUnlinkNode(c);
                xmlFreeNode(c);
                sp->changed = 1;
            }
            c = next;
        }
        return 0;
    }
    if (strcmp(name, "element") == 0 || strcmp(name, "attribute") == 0 ||
        strcmp(name, "start") == 0 || strcmp(name, "div") == 0 ||
        strcmp(name, "grammar") == 0) {
        simplify_children(sp, n, NULL);
        return 0;
    }
    if (strcmp(name, "define") == 0) {
        simplify_children(sp, n, NULL);
        return 0;
    }
    return 0; /* text, empty, data, value, externalRef ...: leave */
}

static void propagate_not_allowed(xmlNodePtr root)
{
    simp sp = {1};
    for (int pass = 0; sp.changed && pass < 50; pass++) {
        sp.changed = 0;
        simplify(&sp, root);
    }
}

typedef struct defs {
    xmlNodePtr *node;
    char **name;
    unsigned char *live;
    size_t n, cap;
} defs;

static int defs_add(defs *d, xmlNodePtr node)
{
    xmlChar *name = xmlGetNoNsProp(node, BAD_CAST "name");
    if (!name)
        return 1;
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256;
        xmlNodePtr *nn = realloc(d->node, cap * sizeof(*nn));
        if (nn)
            d->node = nn;
        char **na = realloc(d->name, cap * sizeof(*na));
        if (na)
            d->name = na;
        unsigned char *nl = realloc(d->live, cap);
        if (nl)
            d->live = nl;
        if (!nn || !na || !nl) {
            xmlFree(name);
            return 0;
        }
        d->cap = cap;
    }
    d->node[d->n] = node;
    d->name[d->n] = tc_rng_trim(name);
    d->live[d->n] = 0;
    xmlFree(name);
    if (!d->name[d->n])
        return 0;
    d->n++;
    return 1;
}

typedef struct reach {
    defs *d;
    xmlHashTablePtr byname; /* name -> index + 1 of the last define */
    size_t *chain;          /* index -> index + 1 of the previous one, 0 */
    size_t *queue;
    size_t qn;
} reach;

/* Mark every define named by a ref below top (define subtrees below top
 * are skipped: they are scanned when they become reachable). */
static int scan_refs(reach *r, xmlNodePtr top)
{
    xmlNodePtr n = top->children;
    while (n) {
        if (tc_rng_is(n, "define")) {
            n = tc_rng_walk_next(n, top, 1);
            continue;
        }
        if (tc_rng_is(n, "ref")) {
            xmlChar *raw = xmlGetNoNsProp(n, BAD_CAST "name");
            char *name = raw ? tc_rng_trim(raw) : NULL;
            xmlFree(raw);
            if (raw && !name)
                return 0;
            size_t idx = name ? (size_t)(uintptr_t)xmlHashLookup(r->byname,
                                                                 BAD_CAST name)
                              : 0;
            free(name);
            while (idx) {
                size_t i = idx - 1;
                if (!r->d->live[i]) {
                    r->d->live[i] = 1;
                    r->queue[r->qn++] = i;
                }
                idx = r->chain[i];
            }
        }
        n = tc_rng_walk_next(n, top, 0);
    }
    return 1;
}

/* Mark the defines reachable from <start>, breadth first. */
static int mark_reachable(xmlNodePtr root, defs *d)
{
    reach r = {d, xmlHashCreate((int)d->n + 1),
               malloc((d->n + 1) * sizeof(size_t)),
               malloc((d->n + 1) * sizeof(size_t)), 0};
    int ok = r.byname && r.chain && r.queue;
    for (size_t i = 0; ok && i < d->n; i++) {
        r.chain[i] =
            (size_t)(uintptr_t)xmlHashLookup(r.byname, BAD_CAST d->name[i]);
        ok = xmlHashUpdateEntry(r.byname, BAD_CAST d->name[i],
                                (void *)(uintptr_t)(i + 1), NULL) == 0;
    }
    ok = ok && scan_refs(&r, root);
    for (size_t qi = 0; ok && qi < r.qn; qi++)
        ok = scan_refs(&r, d->node[r.queue[qi]]);
    xmlHashFree(r.byname, NULL);
    free(r.chain);
    free(r.queue);
    return ok;
}

xmlDocPtr tc_rng_prune(xmlDocPtr rng, const tc_nameset *names, size_t *elements,
                       size_t *defines)
{
    xmlDocPtr copy = xmlCopyDoc(rng, 1);
    if (!copy)
        return NULL;
    xmlNodePtr root = xmlDocGetRootElement(copy);
    size_t dropped = drop_absent_elements(root, names);
    propagate_not_allowed(root);
    defs d = {0};
    int ok = 1;
    xmlNodePtr n = root->children;
    while (n && ok) {
        if (tc_rng_is(n, "define")) {
            ok = defs_add(&d, n);
            n = tc_rng_walk_next(n, root, 1);
        } else {
            n = tc_rng_walk_next(n, root, 0);
        }
    }
    size_t removed = 0;
    if (ok && mark_reachable(root, &d)) {
        for (size_t i = 0; i < d.n; i++) {
            if (!d.live[i]) {
                xmlUnlinkNode(d.node[i]);
                xmlFreeNode(d.node[i]);
                removed++;
            }
        }
    }
    for (size_t i = 0; i < d.n; i++)
        free(d.name[i]);
    free(d.name);
    free(d.node);
    free(d.live);
    if (elements)
        *elements = dropped;
    if (defines)
        *defines = removed;
    return copy;
}
