/* schema_explain.c: precise RELAX NG diagnostics computed from the grammar
 * (which children, attributes and text each element allows), because
 * libxml2 reports only that some ancestor's content failed. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

#include "validate/schema_explain.h"
#include "validate/schema_prune.h"
#include "base/util.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"

struct tc_rng_index {
    xmlHashTablePtr defines;  /* name -> define node (first; see next_def) */
    xmlHashTablePtr elements; /* "ns\001local" -> first element pattern */
    xmlHashTablePtr next;     /* node address key -> next node, chains */
};

static char *key_of(const char *ns, const char *local)
{
    return tc_asprintf("%s\001%s", ns ? ns : "", local);
}

/* The expanded name of a pattern with a single name (element: ns
 * inherited; attribute: no namespace unless given); NULL for wider name
 * classes. */
static char *pattern_key(xmlNodePtr p, int is_attr)
{
    char *ns, *local;
    if (!tc_rng_pattern_name(p, is_attr, &ns, &local))
        return NULL;
    char *key = key_of(ns, local);
    free(ns);
    free(local);
    return key;
}

static void chain_add(tc_rng_index *ix, xmlHashTablePtr h, const char *key,
                      xmlNodePtr n)
{
    xmlNodePtr first = xmlHashLookup(h, BAD_CAST key);
    if (!first) {
        xmlHashAddEntry(h, BAD_CAST key, n);
        return;
    }
    /* append n after first in the chain */
    char addr[32];
    snprintf(addr, sizeof(addr), "%p", (void *)first);
    xmlNodePtr rest = xmlHashLookup(ix->next, BAD_CAST addr);
    xmlHashUpdateEntry(ix->next, BAD_CAST addr, n, NULL);
    if (rest) {
        snprintf(addr, sizeof(addr), "%p", (void *)n);
        xmlHashUpdateEntry(ix->next, BAD_CAST addr, rest, NULL);
    }
}

static xmlNodePtr chain_next(const tc_rng_index *ix, xmlNodePtr n)
{
    char addr[32];
    snprintf(addr, sizeof(addr), "%p", (void *)n);
    return xmlHashLookup(ix->next, BAD_CAST addr);
}

tc_rng_index *tc_rng_index_new(xmlDocPtr rng)
{
    tc_rng_index *ix = calloc(1, sizeof(*ix));
    if (!ix)
        return NULL;
    ix->defines = xmlHashCreate(2048);
    ix->elements = xmlHashCreate(1024);
    ix->next = xmlHashCreate(256);
    xmlNodePtr root = xmlDocGetRootElement(rng);
    if (!ix->defines || !ix->elements || !ix->next || !root) {
        tc_rng_index_free(ix);
        return NULL;
    }
    for (xmlNodePtr n = root; n; n = tc_rng_walk_next(n, root, 0)) {
        if (tc_rng_is(n, "define")) {
            xmlChar *raw = xmlGetNoNsProp(n, BAD_CAST "name");
            char *name = tc_rng_trim(raw);
            xmlFree(raw);
            if (name)
                chain_add(ix, ix->defines, name, n);
            free(name);
        } else if (tc_rng_is(n, "element")) {
            char *key = pattern_key(n, 0);
            if (key)
                chain_add(ix, ix->elements, key, n);
            free(key);
        }
    }
    return ix;
}

void tc_rng_index_free(tc_rng_index *ix)
{
    if (!ix)
        return;
    xmlHashFree(ix->defines, NULL);
    xmlHashFree(ix->elements, NULL);
    xmlHashFree(ix->next, NULL);
    free(ix);
}

/* ---- what one element allows ----------------------------------------- */

typedef struct allowed {
    int defined;
    xmlHashTablePtr children; /* keys of allowed child elements */
    xmlHashTablePtr attrs;    /* keys of allowed attributes */
    int any_child, any_attr, text;
} allowed;

static void free_allowed(void *payload, const xmlChar *name)
{
    (void)name;
    allowed *a = payload;
    xmlHashFree(a->children, NULL);
    xmlHashFree(a->attrs, NULL);
    free(a);
}

/* Walk the content of one element pattern, following refs, not entering
 * nested element or attribute patterns. */
static void collect(const tc_rng_index *ix, xmlNodePtr top, allowed *a,
                    xmlHashTablePtr seen)
{
    xmlNodePtr n = top->children;
    while (n) {
        int skip = 0;
        if (n->type != XML_ELEMENT_NODE || !tc_rng_is(n, NULL)) {
            skip = 1;
        } else if (tc_rng_is(n, "element")) {
            char *key = pattern_key(n, 0);
            if (key)
                xmlHashAddEntry(a->children, BAD_CAST key, (void *)1);
            else
                a->any_child = 1;
            free(key);
            skip = 1;
        } else if (tc_rng_is(n, "attribute")) {
            char *key = pattern_key(n, 1);
            if (key)
                xmlHashAddEntry(a->attrs, BAD_CAST key, (void *)1);
            else
                a->any_attr = 1;
            free(key);
            skip = 1;
        } else if (tc_rng_is(n, "text") || tc_rng_is(n, "mixed") ||
                   tc_rng_is(n, "data") || tc_rng_is(n, "value") ||
                   tc_rng_is(n, "list")) {
            a->text = 1;
            skip = !tc_rng_is(n, "mixed");
        } else if (tc_rng_is(n, "name") || tc_rng_is(n, "anyName") ||
                   tc_rng_is(n, "nsName")) {
            skip = 1; /* the element's own name class */
        } else if (tc_rng_is(n, "ref") || tc_rng_is(n, "parentRef")) {
            xmlChar *raw = xmlGetNoNsProp(n, BAD_CAST "name");
            char *name = tc_rng_trim(raw);
            xmlFree(raw);
            if (name && !xmlHashLookup(seen, BAD_CAST name)) {
                xmlHashAddEntry(seen, BAD_CAST name, (void *)1);
                for (xmlNodePtr d = xmlHashLookup(ix->defines, BAD_CAST name);
                     d; d = chain_next(ix, d))
                    collect(ix, d, a, seen);
            }
            free(name);
            skip = 1;
        }
        n = tc_rng_walk_next(n, top, skip);
    }
}

static allowed *allowed_for(const tc_rng_index *ix, xmlHashTablePtr memo,
                            const char *key)
{
    allowed *a = xmlHashLookup(memo, BAD_CAST key);
    if (a)
        return a;
    a = calloc(1, sizeof(*a));
    if (!a)
        return NULL;
    a->children = xmlHashCreate(64);
    a->attrs = xmlHashCreate(64);
    xmlHashTablePtr seen = xmlHashCreate(256);
    for (xmlNodePtr el = xmlHashLookup(ix->elements, BAD_CAST key); el;
         el = chain_next(ix, el)) {
        a->defined = 1;
        collect(ix, el, a, seen);
    }
    xmlHashFree(seen, NULL);
    xmlHashAddEntry(memo, BAD_CAST key, a);
    return a;
}

/* ---- explaining ------------------------------------------------------ */

static char *node_key(xmlNodePtr n)
{
    return key_of(n->ns ? (const char *)n->ns->href : "",
                  (const char *)n->name);
}

static char *display_name(xmlNodePtr n)
{
    if (n->ns && n->ns->prefix)
        return tc_asprintf("%s:%s", (const char *)n->ns->prefix,
                           (const char *)n->name);
    return tc_strdup((const char *)n->name);
}

typedef struct names_buf {
    char **v;
    size_t n, cap;
} names_buf;

static void add_name(void *payload, void *data, const xmlChar *key)
{
    (void)payload;
    names_buf *nb = data;
    const char *local = strchr((const char *)key, '\001');
    local = local ? local + 1 : (const char *)key;
    if (nb->n == nb->cap) {
        size_t cap = nb->cap ? nb->cap * 2 : 32;
        char **nv = realloc(nb->v, cap * sizeof(*nv));
        if (!nv)
            return;
        nb->v = nv;
        nb->cap = cap;
    }
    nb->v[nb->n] = tc_strdup(local);
    if (nb->v[nb->n])
        nb->n++;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The allowed child names, sorted (hash order is random), at most 12. */
static char *names_list(xmlHashTablePtr h, size_t *count)
{
    names_buf nb = {0};
    xmlHashScan(h, add_name, &nb);
    if (nb.n)
        qsort(nb.v, nb.n, sizeof(*nb.v), cmp_name);
    tc_buf b = {0};
    for (size_t i = 0; i < nb.n; i++) {
        if (i < 12) {
            tc_buf_puts(&b, i ? ", " : "");
            tc_buf_puts(&b, nb.v[i]);
        } else if (i == 12) {
            tc_buf_puts(&b, ", ...");
        }
        free(nb.v[i]);
    }
    free(nb.v);
    *count = nb.n;
    return tc_buf_take(&b);
}

static int has_own_text(xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE)
            continue;
        for (const xmlChar *p = c->content; p && *p; p++)
            if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                return 1;
    }
    return 0;
}

size_t tc_rng_explain(const tc_rng_index *ix, xmlNodePtr top,
                      tc_rng_finding **out)
{
    *out = NULL;
    xmlHashTablePtr memo = xmlHashCreate(128);
    if (!memo)
        return 0;
    size_t n = 0, cap = 0;
    tc_rng_finding *v = NULL;
#define MAX_FINDINGS 200
#define FIND(node_, code_, hint_, ...)                                         \
    do {                                                                       \
        if (n < MAX_FINDINGS) {                                                \
            if (n == cap) {                                                    \
                size_t nc = cap ? cap * 2 : 8;                                 \
                tc_rng_finding *nv = realloc(v, nc * sizeof(*nv));             \
                if (!nv)                                                       \
                    break;                                                     \
                v = nv;                                                        \
                cap = nc;                                                      \
            }                                                                  \
            v[n].node = (node_);                                               \
            v[n].code = (code_);                                               \
            v[n].hint = (hint_);                                               \
            v[n].attr = NULL;                                                  \
            v[n].message = tc_asprintf(__VA_ARGS__);                           \
            n++;                                                               \
        }                                                                      \
    } while (0)
    xmlNodePtr x = top;
    while (x) {
        int skip = 0;
        if (x->type == XML_ELEMENT_NODE) {
            char *key = node_key(x);
            allowed *a = key ? allowed_for(ix, memo, key) : NULL;
            free(key);
            char *xn = display_name(x);
            if (a && !a->defined) {
                /* reported by the parent's check; nothing to say inside */
                skip = 1;
            } else if (a) {
                for (xmlAttrPtr at = x->properties; at; at = at->next) {
                    char *ak = key_of(at->ns ? (const char *)at->ns->href : "",
                                      (const char *)at->name);
                    if (ak && !a->any_attr &&
                        !xmlHashLookup(a->attrs, BAD_CAST ak)) {
                        char *an =
                            at->ns && at->ns->prefix
                                ? tc_asprintf("%s:%s",
                                              (const char *)at->ns->prefix,
                                              (const char *)at->name)
                                : tc_strdup((const char *)at->name);
                        FIND(x, "TC312",
                             "remove the attribute, or check its name and "
                             "namespace "
                             "(project customisations add attributes the "
                             "schema lacks)",
                             "attribute %s is not allowed on <%s>",
                             an ? an : "?", xn ? xn : "?");
                        if (n && v[n - 1].node == x && !v[n - 1].attr)
                            v[n - 1].attr = an;
                        else
                            free(an);
                    }
                    free(ak);
                }
                for (xmlNodePtr c = x->children; c; c = c->next) {
                    if (c->type != XML_ELEMENT_NODE)
                        continue;
                    char *ck = node_key(c);
                    if (ck && !a->any_child &&
                        !xmlHashLookup(a->children, BAD_CAST ck)) {
                        char *cn = display_name(c);
                        size_t nallowed = 0;
                        char *list = names_list(a->children, &nallowed);
                        FIND(c, "TC310",
                             "move the element to a place the schema allows, "
                             "or check "
                             "its spelling and namespace",
                             "element <%s> is not allowed in <%s>%s%s%s",
                             cn ? cn : "?", xn ? xn : "?",
                             nallowed ? " (allowed: "
                                      : " (it allows no elements",
                             nallowed && list ? list : "", ")");
                        free(list);
                        free(cn);
                    }
                    free(ck);
                }
                if (!a->text && has_own_text(x))
                    FIND(x, "TC315",
                         "put the text inside a child element (in TEI usually "
                         "<p>), or remove it",
                         "text is not allowed directly in <%s>", xn ? xn : "?");
            }
            free(xn);
        }
        x = tc_rng_walk_next(x, top, skip || x->type != XML_ELEMENT_NODE);
        if (x == top)
            break;
    }
#undef FIND
    xmlHashFree(memo, free_allowed);
    *out = v;
    return n;
}

char *tc_rng_children_summary(const tc_rng_index *ix, xmlNodePtr el,
                              char **allowed_list)
{
    tc_buf b = {0};
    size_t k = 0;
    for (xmlNodePtr c = el->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (k == 12) {
            tc_buf_puts(&b, ", ...");
            break;
        }
        char *cn = display_name(c);
        tc_buf_puts(&b, k ? ", " : "");
        tc_buf_puts(&b, cn ? cn : "?");
        free(cn);
        k++;
    }
    *allowed_list = NULL;
    xmlHashTablePtr memo = xmlHashCreate(4);
    char *key = node_key(el);
    allowed *a = memo && key ? allowed_for(ix, memo, key) : NULL;
    if (a) {
        size_t nallowed = 0;
        *allowed_list = names_list(a->children, &nallowed);
    }
    free(key);
    xmlHashFree(memo, free_allowed);
    return tc_buf_take(&b);
}
