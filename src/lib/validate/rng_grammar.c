/* rng_grammar.c: reads a RELAX NG grammar (XML syntax) into interned patterns:
 * include/externalRef, define/ref/combine, nested grammar/parentRef, div. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/uri.h>

#include "base/util.h"
#include "validate/rng.h"
#include "validate/rng_pattern.h"

#define RNG_NS            "http://relaxng.org/ns/structure/1.0"
#define MAX_INCLUDE_DEPTH 32

typedef struct def {
    const xmlChar *name;
    xmlNodePtr *nodes;
    size_t n, cap;
    int combine; /* 0 unset, 1 choice, 2 interleave */
    int state;   /* 0 new, 1 compiling, 2 done */
    rng_pid pid;
} def;

typedef struct scope {
    struct scope *parent;
    def *defs;
    size_t ndefs, cap;
    size_t *index; /* open addressing by name (interned): index + 1 */
    size_t indexcap;
    def start;
} scope;

typedef struct pending {
    rng_pid el;
    xmlNodePtr node;
    scope *sc;
} pending;

typedef struct loader {
    tc_rng_grammar *g;
    xmlDocPtr *docs;
    size_t ndocs, capdocs;
    scope **scopes;
    size_t nscopes, capscopes;
    pending *todo;
    size_t ntodo, captodo;
    char *err;
    xmlNodePtr errnode;
    int depth;
    int over_limit;   /* err is a TC_RNG_MAX_* limit */
    size_t refdepth;  /* defines being compiled, one inside the other */
    size_t npatterns; /* pattern elements compiled so far */
} loader;

/* A copy of s without leading and trailing XML whitespace (caller frees;
 * NULL for NULL). */
static char *trim_ws(const xmlChar *s)
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

static int grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    void *nv = realloc(*v, nc * size);
    if (!nv)
        return -1;
    *v = nv;
    *cap = nc;
    return 0;
}

static void fail(loader *L, xmlNodePtr n, const char *fmt, const char *arg)
{
    if (L->err)
        return;
    L->err = tc_asprintf(fmt, arg ? arg : "");
    L->errnode = n;
}

/* A grammar past one of the limits of rng.h. */
static void fail_limit(loader *L, xmlNodePtr n, const char *fmt,
                       const char *arg)
{
    if (!L->err)
        L->over_limit = 1;
    fail(L, n, fmt, arg);
}

static int is_rng(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           strcmp((const char *)n->ns->href, RNG_NS) == 0 &&
           (!name || strcmp((const char *)n->name, name) == 0);
}

static xmlNodePtr first_rng(xmlNodePtr n)
{
    for (; n; n = n->next)
        if (is_rng(n, NULL))
            return n;
    return NULL;
}

static xmlNodePtr next_rng(xmlNodePtr n)
{
    return first_rng(n ? n->next : NULL);
}

/* An attribute of an RNG element, trimmed, kept in the grammar's names. */
static const xmlChar *attr(loader *L, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
    if (!v)
        return NULL;
    char *t = trim_ws(v);
    xmlFree(v);
    const xmlChar *r = t ? rng_names_get(L->g->names, BAD_CAST t, -1) : NULL;
    free(t);
    return r;
}

/* The value of an attribute inherited from the nearest RNG ancestor that
 * has it ("ns", "datatypeLibrary"); "" when none has. */
static const xmlChar *inherited(loader *L, xmlNodePtr n, const char *name)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
        if (v) {
            /* ns is not trimmed by the spec, datatypeLibrary is a URI */
            const xmlChar *r = rng_names_get(L->g->names, v, -1);
            xmlFree(v);
            return r;
        }
    }
    return rng_names_get(L->g->names, BAD_CAST "", 0);
}

static uint32_t add_nc(loader *L, rng_nc nc)
{
    tc_rng_grammar *g = L->g;
    if (g->nnc == g->capnc) {
        uint32_t cap = g->capnc ? g->capnc * 2 : 256;
        rng_nc *v = realloc(g->nc, cap * sizeof(*v));
        if (!v) {
            fail(L, NULL, "out of memory%s", NULL);
            return 0;
        }
        g->nc = v;
        g->capnc = cap;
    }
    g->nc[g->nnc] = nc;
    return g->nnc++;
}

/* A QName of the schema as a name class; is_attr: no prefix means no
 * namespace unless the attribute element has ns. */
static uint32_t qname_nc(loader *L, xmlNodePtr ctx, const xmlChar *qn,
                         const xmlChar *dflt)
{
    rng_nc nc = {NC_NAME, NULL, NULL, NC_NONE, NC_NONE};
    const xmlChar *colon = xmlStrchr(qn, ':');
    if (colon) {
        xmlChar *prefix = xmlStrndup(qn, (int)(colon - qn));
        xmlNsPtr ns = prefix ? xmlSearchNs(ctx->doc, ctx, prefix) : NULL;
        xmlFree(prefix);
        if (!ns) {
            fail(L, ctx, "the prefix of %s is not declared", (const char *)qn);
            return 0;
        }
        nc.ns = rng_names_get(L->g->names, ns->href, -1);
        nc.local = rng_names_get(L->g->names, colon + 1, -1);
    } else {
        nc.ns = dflt;
        nc.local = qn;
    }
    return add_nc(L, nc);
}

static uint32_t name_class(loader *L, xmlNodePtr n);

static uint32_t nc_except(loader *L, xmlNodePtr n)
{
    xmlNodePtr ex = first_rng(n->children);
    if (!ex)
        return NC_NONE;
    if (!is_rng(ex, "except")) {
        fail(L, ex, "unexpected <%s> in a name class", (const char *)ex->name);
        return NC_NONE;
    }
    uint32_t r = NC_NONE;
    for (xmlNodePtr c = first_rng(ex->children); c; c = next_rng(c)) {
        uint32_t x = name_class(L, c);
        if (r == NC_NONE) {
            r = x;
        } else {
            rng_nc ch = {NC_CHOICE, NULL, NULL, r, x};
            r = add_nc(L, ch);
        }
    }
    return r;
}

static uint32_t name_class(loader *L, xmlNodePtr n)
{
    const char *k = (const char *)n->name;
    if (strcmp(k, "name") == 0) {
        xmlChar *txt = xmlNodeGetContent(n);
        char *t = txt ? trim_ws(txt) : NULL;
        xmlFree(txt);
        if (!t) {
            fail(L, n, "out of memory%s", NULL);
            return 0;
        }
        const xmlChar *qn = rng_names_get(L->g->names, BAD_CAST t, -1);
        free(t);
        return qname_nc(L, n, qn, inherited(L, n, "ns"));
    }
    if (strcmp(k, "anyName") == 0) {
        rng_nc nc = {NC_ANY, NULL, NULL, nc_except(L, n), NC_NONE};
        return add_nc(L, nc);
    }
    if (strcmp(k, "nsName") == 0) {
        rng_nc nc = {NC_NSNAME, inherited(L, n, "ns"), NULL, nc_except(L, n),
                     NC_NONE};
        return add_nc(L, nc);
    }
    if (strcmp(k, "choice") == 0) {
        uint32_t r = NC_NONE;
        for (xmlNodePtr c = first_rng(n->children); c; c = next_rng(c)) {
            uint32_t x = name_class(L, c);
            if (r == NC_NONE) {
                r = x;
            } else {
                rng_nc ch = {NC_CHOICE, NULL, NULL, r, x};
                r = add_nc(L, ch);
            }
        }
        if (r == NC_NONE)
            fail(L, n, "an empty name class choice%s", NULL);
        return r;
    }
    fail(L, n, "<%s> is not a name class", k);
    return 0;
}

/* ---- documents ------------------------------------------------------- */

/* Keep the name of a file read for the grammar (rng_cache.c checks it has
 * not changed). A grammar is not kept across runs when a file was not read
 * under the name asked for (a catalog answered) or is not a local path. */
static void note_file(tc_rng_grammar *g, const char *uri, xmlDocPtr doc)
{
    if (!doc || !doc->URL || strcmp((const char *)doc->URL, uri) != 0 ||
        strstr(uri, "://") || strncmp(uri, "file:", 5) == 0)
        g->uncacheable = 1;
    char *copy = tc_strdup(uri);
    if (!copy ||
        grow((void **)&g->files, &g->capfiles, g->nfiles, sizeof(*g->files))) {
        free(copy);
        g->uncacheable = 1;
        return;
    }
    g->files[g->nfiles++] = copy;
}

/* Parse the file an include or externalRef names; the ns it inherits is
 * passed to its root element. */
static xmlDocPtr load_ref(loader *L, xmlNodePtr ref)
{
    const xmlChar *href = attr(L, ref, "href");
    if (!href) {
        fail(L, ref, "<%s> without href", (const char *)ref->name);
        return NULL;
    }
    if (L->depth >= MAX_INCLUDE_DEPTH) {
        fail(L, ref, "includes nested too deeply (a loop?) at %s",
             (const char *)href);
        return NULL;
    }
    xmlChar *base = xmlNodeGetBase(ref->doc, ref);
    xmlChar *uri = xmlBuildURI(href, base);
    xmlFree(base);
    if (!uri) {
        fail(L, ref, "cannot resolve %s", (const char *)href);
        return NULL;
    }
    xmlDocPtr doc =
        xmlReadFile((const char *)uri, NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    note_file(L->g, (const char *)uri, doc);
    xmlFree(uri);
    if (!doc) {
        fail(L, ref, "cannot read the schema %s", (const char *)href);
        return NULL;
    }
    if (grow((void **)&L->docs, &L->capdocs, L->ndocs, sizeof(*L->docs)) != 0) {
        xmlFreeDoc(doc);
        fail(L, ref, "out of memory%s", NULL);
        return NULL;
    }
    L->docs[L->ndocs++] = doc;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !root->ns ||
        strcmp((const char *)root->ns->href, RNG_NS) != 0) {
        fail(L, ref, "%s is not a RELAX NG grammar", (const char *)href);
        return NULL;
    }
    xmlChar *own = xmlGetNoNsProp(root, BAD_CAST "ns");
    if (own) {
        xmlFree(own);
    } else {
        xmlChar *v = NULL;
        for (xmlNodePtr a = ref; a && a->type == XML_ELEMENT_NODE && !v;
             a = a->parent)
            v = xmlGetNoNsProp(a, BAD_CAST "ns");
        if (v) {
            xmlSetProp(root, BAD_CAST "ns", v);
            xmlFree(v);
        }
    }
    return doc;
}

/* ---- grammars, defines ----------------------------------------------- */

static scope *scope_new(loader *L, scope *parent)
{
    scope *s = calloc(1, sizeof(*s));
    if (!s || grow((void **)&L->scopes, &L->capscopes, L->nscopes,
                   sizeof(*L->scopes)) != 0) {
        free(s);
        fail(L, NULL, "out of memory%s", NULL);
        return NULL;
    }
    s->parent = parent;
    L->scopes[L->nscopes++] = s;
    return s;
}

static void scope_free(scope *s)
{
    for (size_t i = 0; i < s->ndefs; i++)
        free(s->defs[i].nodes);
    free(s->defs);
    free(s->index);
    free(s->start.nodes);
    free(s);
}

/* Names are kept once in the grammar's names: the pointer is the key. */
static size_t name_slot(const xmlChar *name, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (cap - 1);
}

static def *def_find(scope *s, const xmlChar *name)
{
    if (!s->indexcap)
        return NULL;
    for (size_t i = name_slot(name, s->indexcap); s->index[i];
         i = (i + 1) & (s->indexcap - 1))
        if (s->defs[s->index[i] - 1].name == name)
            return &s->defs[s->index[i] - 1];
    return NULL;
}

static void index_put(size_t *index, size_t cap, const xmlChar *name, size_t k)
{
    size_t i = name_slot(name, cap);
    while (index[i])
        i = (i + 1) & (cap - 1);
    index[i] = k + 1;
}

static def *def_get(loader *L, scope *s, const xmlChar *name)
{
    def *d = def_find(s, name);
    if (d)
        return d;
    if ((s->ndefs + 1) * 2 > s->indexcap) {
        size_t cap = s->indexcap ? s->indexcap * 2 : 64;
        size_t *index = calloc(cap, sizeof(*index));
        if (!index) {
            fail(L, NULL, "out of memory%s", NULL);
            return NULL;
        }
        for (size_t k = 0; k < s->ndefs; k++)
            index_put(index, cap, s->defs[k].name, k);
        free(s->index);
        s->index = index;
        s->indexcap = cap;
    }
    if (grow((void **)&s->defs, &s->cap, s->ndefs, sizeof(*s->defs)) != 0) {
        fail(L, NULL, "out of memory%s", NULL);
        return NULL;
    }
    index_put(s->index, s->indexcap, name, s->ndefs);
    d = &s->defs[s->ndefs++];
    memset(d, 0, sizeof(*d));
    d->name = name;
    return d;
}

static void def_add(loader *L, def *d, xmlNodePtr n)
{
    const xmlChar *comb = attr(L, n, "combine");
    if (comb) {
        int c = xmlStrEqual(comb, BAD_CAST "choice")       ? 1
                : xmlStrEqual(comb, BAD_CAST "interleave") ? 2
                                                           : 0;
        if (!c)
            fail(L, n, "combine must be choice or interleave, not %s",
                 (const char *)comb);
        else if (d->combine && d->combine != c)
            fail(L, n, "defines of %s combined in two ways",
                 d->name ? (const char *)d->name : "start");
        d->combine = c;
    }
    if (grow((void **)&d->nodes, &d->cap, d->n, sizeof(*d->nodes)) != 0) {
        fail(L, n, "out of memory%s", NULL);
        return;
    }
    d->nodes[d->n++] = n;
}

/* Names (define names, and "start" as NULL) a list overrides. */
typedef struct names {
    const xmlChar **v;
    size_t n, cap;
    int start;
} names;

static int names_has(const names *o, const xmlChar *name)
{
    for (size_t i = 0; o && i < o->n; i++)
        if (o->v[i] == name)
            return 1;
    return 0;
}

static void names_of(loader *L, xmlNodePtr container, names *out)
{
    for (xmlNodePtr c = first_rng(container->children); c; c = next_rng(c)) {
        if (is_rng(c, "start")) {
            out->start = 1;
        } else if (is_rng(c, "define")) {
            const xmlChar *nm = attr(L, c, "name");
            if (nm &&
                grow((void **)&out->v, &out->cap, out->n, sizeof(*out->v)) == 0)
                out->v[out->n++] = nm;
        } else if (is_rng(c, "div")) {
            names_of(L, c, out);
        }
    }
}

/* Add a grammar's components (start, define, div, include) to s, leaving
 * out those an enclosing include overrides. */
static void gather(loader *L, scope *s, xmlNodePtr container, const names *skip)
{
    for (xmlNodePtr c = first_rng(container->children); c && !L->err;
         c = next_rng(c)) {
        if (is_rng(c, "start")) {
            if (!(skip && skip->start))
                def_add(L, &s->start, c);
        } else if (is_rng(c, "define")) {
            const xmlChar *nm = attr(L, c, "name");
            if (!nm) {
                fail(L, c, "define without a name%s", NULL);
                return;
            }
            if (names_has(skip, nm))
                continue;
            def *d = def_get(L, s, nm);
            if (d)
                def_add(L, d, c);
        } else if (is_rng(c, "div")) {
            gather(L, s, c, skip);
        } else if (is_rng(c, "include")) {
            xmlDocPtr doc = load_ref(L, c);
            if (!doc)
                return;
            xmlNodePtr root = xmlDocGetRootElement(doc);
            if (!is_rng(root, "grammar")) {
                fail(L, c, "an included schema must be a grammar%s", NULL);
                return;
            }
            names over = {0};
            names_of(L, c, &over);
            if (skip) {
                over.start |= skip->start;
                for (size_t i = 0; i < skip->n; i++)
                    if (grow((void **)&over.v, &over.cap, over.n,
                             sizeof(*over.v)) == 0)
                        over.v[over.n++] = skip->v[i];
            }
            L->depth++;
            gather(L, s, root, &over);
            L->depth--;
            free(over.v);
            gather(L, s, c, skip);
        }
    }
}

static rng_pid pattern(loader *L, xmlNodePtr n, scope *s);

/* The group of the patterns from n on (siblings). */
/* The patterns of the RELAX NG children from n on, combined by op (group,
 * choice or interleave) left to right; none gives none_pid. */
static rng_pid combine_of(loader *L, xmlNodePtr n, scope *s,
                          rng_pid (*op)(rng_store *, rng_pid, rng_pid),
                          rng_pid none_pid)
{
    rng_pid r = none_pid;
    int any = 0;
    for (n = first_rng(n); n && !L->err; n = next_rng(n)) {
        rng_pid p = pattern(L, n, s);
        r = any ? op(&L->g->st, r, p) : p;
        any = 1;
    }
    return r;
}

static rng_pid group_of(loader *L, xmlNodePtr n, scope *s)
{
    return combine_of(L, n, s, rng_group, RNG_EMPTY);
}

/* A growing list of patterns, the alternatives of one choice. */
typedef struct pids {
    rng_pid *v;
    size_t n, cap;
} pids;

static void pids_push(loader *L, pids *l, rng_pid p)
{
    if (grow((void **)&l->v, &l->cap, l->n, sizeof(*l->v)) != 0) {
        fail(L, NULL, "out of memory%s", NULL);
        return;
    }
    l->v[l->n++] = p;
}

/* The choice of l's patterns, made at once: adding thousands of
 * alternatives one by one would rebuild the sorted chain each time. */
static rng_pid pids_choice(loader *L, pids *l)
{
    rng_pid r = L->err ? RNG_NOTALLOWED : rng_choice_of(&L->g->st, l->v, l->n);
    free(l->v);
    return r;
}

/* The choice of the patterns of the RELAX NG children from n on. */
static rng_pid choice_of(loader *L, xmlNodePtr n, scope *s)
{
    pids l = {0};
    for (n = first_rng(n); n && !L->err; n = next_rng(n))
        pids_push(L, &l, pattern(L, n, s));
    return pids_choice(L, &l);
}

static rng_pid def_pattern(loader *L, def *d, xmlNodePtr ref, scope *s)
{
    if (d->state == 2)
        return d->pid;
    if (d->state == 1) {
        fail(L, ref, "%s refers to itself outside an element",
             (const char *)d->name);
        return RNG_NOTALLOWED;
    }
    if (!d->n) {
        fail(L, ref, "no define named %s",
             d->name ? (const char *)d->name : "start");
        return RNG_NOTALLOWED;
    }
    if (d->n > 1 && !d->combine) {
        fail(L, d->nodes[1], "%s is defined twice without combine",
             d->name ? (const char *)d->name : "start");
        return RNG_NOTALLOWED;
    }
    if (L->refdepth >= TC_RNG_MAX_DEPTH) {
        fail_limit(L, ref,
                   "defines nested more than " TC_RNG_MAX_DEPTH_TEXT
                   " deep through refs (at %s)",
                   d->name ? (const char *)d->name : "start");
        return RNG_NOTALLOWED;
    }
    L->refdepth++;
    d->state = 1;
    rng_pid r = RNG_NOTALLOWED;
    pids alts = {0};
    for (size_t i = 0; i < d->n && !L->err; i++) {
        rng_pid p = group_of(L, d->nodes[i]->children, s);
        if (d->combine == 1)
            pids_push(L, &alts, p);
        else
            r = i == 0 ? p : rng_interleave(&L->g->st, r, p);
    }
    if (d->combine == 1)
        r = pids_choice(L, &alts);
    L->refdepth--;
    d->state = 2;
    d->pid = r;
    return r;
}

static rng_pid grammar_pattern(loader *L, xmlNodePtr n, scope *parent)
{
    scope *s = scope_new(L, parent);
    if (!s)
        return RNG_NOTALLOWED;
    gather(L, s, n, NULL);
    if (L->err)
        return RNG_NOTALLOWED;
    if (!s->start.n) {
        fail(L, n, "a grammar without start%s", NULL);
        return RNG_NOTALLOWED;
    }
    return def_pattern(L, &s->start, n, s);
}

static rng_pid data_pattern(loader *L, xmlNodePtr n, scope *s)
{
    const xmlChar *type = attr(L, n, "type");
    if (!type) {
        fail(L, n, "data without type%s", NULL);
        return RNG_NOTALLOWED;
    }
    const char *pn[64], *pv[64];
    xmlChar *vals[64];
    size_t np = 0;
    rng_pid except = RNG_NOTALLOWED;
    for (xmlNodePtr c = first_rng(n->children); c; c = next_rng(c)) {
        if (is_rng(c, "param") && np < 64) {
            const xmlChar *nm = attr(L, c, "name");
            vals[np] = xmlNodeGetContent(c);
            pn[np] = nm ? (const char *)nm : "";
            pv[np] = vals[np] ? (const char *)vals[np] : "";
            np++;
        } else if (is_rng(c, "except")) {
            except = choice_of(L, c->children, s);
        }
    }
    const char *why = NULL;
    long dt = rng_types_datatype(
        &L->g->types, (const char *)inherited(L, n, "datatypeLibrary"),
        (const char *)type, pn, pv, np, &why);
    for (size_t i = 0; i < np; i++)
        xmlFree(vals[i]);
    if (dt < 0) {
        fail(L, n, why ? "datatype %s: unusable" : "out of memory (%s)",
             (const char *)type);
        return RNG_NOTALLOWED;
    }
    return rng_data(&L->g->st, (uint32_t)dt, except);
}

static rng_pid value_pattern(loader *L, xmlNodePtr n)
{
    const xmlChar *type = attr(L, n, "type");
    const char *lib =
        type ? (const char *)inherited(L, n, "datatypeLibrary") : "";
    const char *why = NULL;
    long dt = rng_types_datatype(&L->g->types, lib,
                                 type ? (const char *)type : "token", NULL,
                                 NULL, 0, &why);
    if (dt < 0) {
        fail(L, n, "value of an unusable datatype %s",
             type ? (const char *)type : "token");
        return RNG_NOTALLOWED;
    }
    xmlChar *txt = xmlNodeGetContent(n);
    long v = rng_types_value(&L->g->types, (uint32_t)dt,
                             txt ? (const char *)txt : "", &why);
    xmlFree(txt);
    if (v < 0) {
        fail(L, n, "a value the datatype %s refuses",
             type ? (const char *)type : "token");
        return RNG_NOTALLOWED;
    }
    return rng_value(&L->g->st, (uint32_t)v);
}

/* The name class of an element or attribute pattern and the first child
 * after it. */
static uint32_t pattern_name(loader *L, xmlNodePtr n, int is_attr,
                             xmlNodePtr *rest)
{
    const xmlChar *nm = attr(L, n, "name");
    if (nm) {
        *rest = first_rng(n->children);
        const xmlChar *dflt;
        if (is_attr) {
            xmlChar *own = xmlGetNoNsProp(n, BAD_CAST "ns");
            dflt = rng_names_get(L->g->names, own ? own : BAD_CAST "", -1);
            xmlFree(own);
        } else {
            dflt = inherited(L, n, "ns");
        }
        return qname_nc(L, n, nm, dflt);
    }
    xmlNodePtr c = first_rng(n->children);
    if (!c) {
        fail(L, n, "<%s> without a name", (const char *)n->name);
        return 0;
    }
    *rest = next_rng(c);
    return name_class(L, c);
}

static rng_pid pattern(loader *L, xmlNodePtr n, scope *s)
{
    if (L->err)
        return RNG_NOTALLOWED;
    rng_store *st = &L->g->st;
    if (st->work >
        TC_RNG_WORK_BASE + TC_RNG_WORK_PER_PATTERN * ++L->npatterns) {
        fail_limit(L, n,
                   "choices too costly to build%s (alternatives added "
                   "one by one to long choices, as choices nested "
                   "through many refs make them)",
                   NULL);
        return RNG_NOTALLOWED;
    }
    const char *k = (const char *)n->name;
    xmlNodePtr rest = NULL;
    switch (k[0]) {
    case 'a':
        if (strcmp(k, "attribute") == 0) {
            uint32_t nc = pattern_name(L, n, 1, &rest);
            rng_pid content = rest ? pattern(L, rest, s) : RNG_TEXT;
            return rng_attribute(st, nc, content);
        }
        break;
    case 'c':
        if (strcmp(k, "choice") == 0)
            return choice_of(L, n->children, s);
        break;
    case 'd':
        if (strcmp(k, "data") == 0)
            return data_pattern(L, n, s);
        break;
    case 'e':
        if (strcmp(k, "element") == 0) {
            uint32_t nc = pattern_name(L, n, 0, &rest);
            rng_pid el = rng_element(st, nc);
            if (grow((void **)&L->todo, &L->captodo, L->ntodo,
                     sizeof(*L->todo)) != 0) {
                fail(L, n, "out of memory%s", NULL);
                return RNG_NOTALLOWED;
            }
            pending p = {el, rest, s};
            L->todo[L->ntodo++] = p;
            tc_rng_grammar *g = L->g;
            if (g->nel == g->capel) {
                uint32_t cap = g->capel ? g->capel * 2 : 256;
                rng_pid *v = realloc(g->elements, cap * sizeof(*v));
                if (!v) {
                    fail(L, n, "out of memory%s", NULL);
                    return RNG_NOTALLOWED;
                }
                g->elements = v;
                g->capel = cap;
            }
            g->elements[g->nel++] = el;
            return el;
        }
        if (strcmp(k, "empty") == 0)
            return RNG_EMPTY;
        if (strcmp(k, "externalRef") == 0) {
            xmlDocPtr doc = load_ref(L, n);
            if (!doc)
                return RNG_NOTALLOWED;
            L->depth++;
            rng_pid p = pattern(L, xmlDocGetRootElement(doc), s);
            L->depth--;
            return p;
        }
        break;
    case 'g':
        if (strcmp(k, "group") == 0)
            return group_of(L, n->children, s);
        if (strcmp(k, "grammar") == 0)
            return grammar_pattern(L, n, s);
        break;
    case 'i':
        if (strcmp(k, "interleave") == 0)
            return combine_of(L, n->children, s, rng_interleave, RNG_EMPTY);
        break;
    case 'l':
        if (strcmp(k, "list") == 0)
            return rng_list(st, group_of(L, n->children, s));
        break;
    case 'm':
        if (strcmp(k, "mixed") == 0)
            return rng_interleave(st, group_of(L, n->children, s), RNG_TEXT);
        break;
    case 'n':
        if (strcmp(k, "notAllowed") == 0)
            return RNG_NOTALLOWED;
        break;
    case 'o':
        if (strcmp(k, "optional") == 0)
            return rng_choice(st, group_of(L, n->children, s), RNG_EMPTY);
        if (strcmp(k, "oneOrMore") == 0)
            return rng_one_or_more(st, group_of(L, n->children, s));
        break;
    case 'p':
        if (strcmp(k, "parentRef") == 0) {
            if (!s->parent) {
                fail(L, n, "parentRef outside a nested grammar%s", NULL);
                return RNG_NOTALLOWED;
            }
            s = s->parent;
        }
        /* fall through */
    case 'r':
        if (strcmp(k, "ref") == 0 || strcmp(k, "parentRef") == 0) {
            const xmlChar *nm = attr(L, n, "name");
            def *d = nm ? def_find(s, nm) : NULL;
            if (!d) {
                fail(L, n, "reference to an undefined pattern %s",
                     nm ? (const char *)nm : "");
                return RNG_NOTALLOWED;
            }
            return def_pattern(L, d, n, s);
        }
        break;
    case 't':
        if (strcmp(k, "text") == 0)
            return RNG_TEXT;
        break;
    case 'v':
        if (strcmp(k, "value") == 0)
            return value_pattern(L, n);
        break;
    case 'z':
        if (strcmp(k, "zeroOrMore") == 0)
            return rng_choice(st,
                              rng_one_or_more(st, group_of(L, n->children, s)),
                              RNG_EMPTY);
        break;
    }
    fail(L, n, "<%s> is not a pattern", k);
    return RNG_NOTALLOWED;
}

/* ---- ID attributes ----------------------------------------------------- */

/* Record the ID-typed attributes in an element's content (not crossing
 * into child elements). seen[q] == mark: q visited for this element (a
 * mark per element, so that seen is not cleared for each). */
static void find_ids(tc_rng_grammar *g, uint32_t elnc, rng_pid p,
                     rng_pid *stack, size_t cap, uint32_t *seen, uint32_t mark)
{
    size_t n = 0;
    stack[n++] = p;
    while (n) {
        rng_pid q = stack[--n];
        if (seen[q] == mark)
            continue;
        seen[q] = mark;
        const rng_pat *x = rng_get(&g->st, q);
        switch (x->kind) {
        case RK_CHOICE:
        case RK_GROUP:
        case RK_INTERLEAVE:
            if (n + 2 <= cap) {
                stack[n++] = x->a;
                stack[n++] = x->b;
            }
            break;
        case RK_ONEORMORE:
            if (n < cap)
                stack[n++] = x->a;
            break;
        case RK_ATTRIBUTE: {
            const rng_pat *c = rng_get(&g->st, x->b);
            const rng_nc *an = &g->nc[x->a], *en = &g->nc[elnc];
            if (c->kind != RK_DATA || !g->types.dt[c->a].id_kind ||
                an->kind != NC_NAME || en->kind != NC_NAME)
                break;
            if (g->nids == g->capids) {
                size_t nc = g->capids ? g->capids * 2 : 32;
                rng_idattr *v = realloc(g->ids, nc * sizeof(*v));
                if (!v)
                    break;
                g->ids = v;
                g->capids = nc;
            }
            rng_idattr ia = {en->ns, en->local, an->ns, an->local,
                             g->types.dt[c->a].id_kind};
            g->ids[g->nids++] = ia;
            break;
        }
        default:
            break;
        }
    }
}

static void collect_ids(tc_rng_grammar *g)
{
    int any = 0;
    for (size_t i = 0; i < g->types.ndt; i++)
        any |= g->types.dt[i].id_kind != 0;
    if (!any)
        return;
    size_t cap = g->st.n * 2 + 16;
    rng_pid *stack = malloc(cap * sizeof(*stack));
    uint32_t *seen = calloc(g->st.n, sizeof(*seen));
    if (stack && seen) {
        for (uint32_t i = 0; i < g->nel; i++) {
            const rng_pat *e = rng_get(&g->st, g->elements[i]);
            find_ids(g, e->a, e->b, stack, cap, seen, i + 1);
        }
    }
    free(stack);
    free(seen);
}

/* ---- depth ------------------------------------------------------------ */

/* The deepest nesting of the grammar's patterns as the derivatives recurse
 * into them: not into an element's content (a pattern of its own) and not
 * along a choice's alternatives (walked with a loop). A pattern's operands
 * are interned before it, so one pass in index order does it. */
uint32_t rng_grammar_depth(const tc_rng_grammar *g, int *failed)
{
    uint32_t n = g->st.n, most = 0;
    uint32_t *d = malloc((size_t)n * sizeof(*d));
    if (!d) {
        *failed = 1;
        return 0;
    }
    for (uint32_t p = 0; p < n; p++) {
        const rng_pat *x = rng_get(&g->st, p);
        uint32_t a = x->a < n ? d[x->a] : 0, b = x->b < n ? d[x->b] : 0;
        switch (x->kind) {
        case RK_CHOICE:
            d[p] = a + 1 > b ? a + 1 : b;
            break;
        case RK_GROUP:
        case RK_INTERLEAVE:
        case RK_AFTER:
            d[p] = 1 + (a > b ? a : b);
            break;
        case RK_ONEORMORE:
        case RK_LIST:
            d[p] = 1 + a;
            break;
        case RK_ATTRIBUTE:
        case RK_DATA:
            d[p] = 1 + b;
            break;
        default:
            d[p] = 1;
            break;
        }
        if (d[p] > most)
            most = d[p];
    }
    free(d);
    return most;
}

/* ---- the whole grammar ------------------------------------------------- */

void tc_rng_grammar_free(tc_rng_grammar *g)
{
    if (!g)
        return;
    rng_store_free(&g->st);
    rng_types_free(&g->types);
    free(g->nc);
    free(g->elements);
    free(g->ids);
    for (size_t i = 0; i < g->nfiles; i++)
        free(g->files[i]);
    free(g->files);
    rng_names_free(g->names);
    free(g);
}

tc_rng_grammar *tc_rng_grammar_from_doc(xmlDocPtr doc, char **err,
                                        long *errline, int *over_limit)
{
    *err = NULL;
    if (errline)
        *errline = 0;
    if (over_limit)
        *over_limit = 0;
    tc_rng_grammar *g = calloc(1, sizeof(*g));
    if (g)
        g->names = rng_names_new();
    if (!g || !g->names || rng_store_init(&g->st, NULL) != 0) {
        tc_rng_grammar_free(g);
        *err = tc_strdup("out of memory");
        return NULL;
    }
    loader L;
    memset(&L, 0, sizeof(L));
    L.g = g;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!is_rng(root, NULL))
        fail(&L, root, "not a RELAX NG schema%s", NULL);
    else {
        scope *top = scope_new(&L, NULL);
        g->start = top ? pattern(&L, root, top) : RNG_NOTALLOWED;
        for (size_t i = 0; i < L.ntodo && !L.err; i++) {
            pending p = L.todo[i];
            rng_pid c = p.node ? group_of(&L, p.node, p.sc) : RNG_EMPTY;
            if (!p.node)
                fail(&L, NULL, "an element pattern without content%s", NULL);
            rng_element_set_content(&g->st, p.el, c);
        }
    }
    if (!L.err && rng_store_failed(&g->st))
        fail(&L, NULL, "out of memory%s", NULL);
    if (!L.err) {
        int failed = 0;
        if (rng_grammar_depth(g, &failed) > TC_RNG_MAX_DEPTH)
            fail_limit(&L, NULL,
                       "patterns nested more than " TC_RNG_MAX_DEPTH_TEXT
                       " deep%s (a group or interleave of that many parts, "
                       "or groups inside groups)",
                       NULL);
        else if (failed)
            fail(&L, NULL, "out of memory%s", NULL);
    }
    if (!L.err)
        collect_ids(g);
    for (size_t i = 0; i < L.nscopes; i++)
        scope_free(L.scopes[i]);
    free(L.scopes);
    free(L.todo);
    for (size_t i = 0; i < L.ndocs; i++)
        xmlFreeDoc(L.docs[i]);
    free(L.docs);
    if (L.err) {
        if (errline && L.errnode)
            *errline = xmlGetLineNo(L.errnode);
        if (over_limit)
            *over_limit = L.over_limit;
        *err = L.err;
        tc_rng_grammar_free(g);
        return NULL;
    }
    return g;
}

/* 1 when the name class holds {ns}local. */
int rng_nc_contains(const tc_rng_grammar *g, uint32_t nci, const xmlChar *ns,
                    const xmlChar *local)
{
    const rng_nc *nc = &g->nc[nci];
    switch (nc->kind) {
    case NC_NAME:
        return xmlStrEqual(nc->local, local) && xmlStrEqual(nc->ns, ns);
    case NC_ANY:
        return nc->a == NC_NONE || !rng_nc_contains(g, nc->a, ns, local);
    case NC_NSNAME:
        return xmlStrEqual(nc->ns, ns) &&
               (nc->a == NC_NONE || !rng_nc_contains(g, nc->a, ns, local));
    case NC_CHOICE:
        return rng_nc_contains(g, nc->a, ns, local) ||
               rng_nc_contains(g, nc->b, ns, local);
    }
    return 0;
}
