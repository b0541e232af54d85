/* rng_pattern.h: the pieces shared by our RELAX NG validator's files: interned
 * patterns, name classes, datatypes and the compiled grammar. Internal. */
#ifndef TC_RNG_PATTERN_H
#define TC_RNG_PATTERN_H

#include <stddef.h>
#include <stdint.h>
#include <libxml/tree.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemastypes.h>

/* A pattern is an index into a store. Patterns are hash-consed: two equal
 * patterns have one index, so comparing indexes compares patterns and the
 * derivatives can be memoised by index. */
typedef uint32_t rng_pid;

enum rng_kind {
    RK_NOTALLOWED = 0,
    RK_EMPTY,
    RK_TEXT,
    RK_CHOICE,
    RK_INTERLEAVE,
    RK_GROUP,
    RK_ONEORMORE,
    RK_AFTER,
    RK_LIST,
    RK_DATA,
    RK_VALUE,
    RK_ATTRIBUTE,
    RK_ELEMENT
};

#define RNG_NOTALLOWED 0u
#define RNG_EMPTY      1u
#define RNG_TEXT       2u

/* a, b: operands; DATA: a datatype, b except pattern (NOTALLOWED for none);
 * VALUE: a value index; ATTRIBUTE: a name class, b content; ELEMENT: a name
 * class, b content (filled in after interning), c a serial that makes each
 * element pattern of the grammar distinct; CHOICE: c the number of
 * alternatives in the chain (not part of its identity). */
typedef struct rng_pat {
    uint8_t kind;
    uint8_t nullable;
    uint8_t textsens; /* text derivative depends on the string */
    uint8_t
        hasatt; /* an attribute pattern is reachable (not through an element) */
    uint32_t a, b, c;
} rng_pat;

/* A store of interned patterns. A validation's store extends the grammar's
 * read-only one: indexes below off live in base. */
typedef struct rng_store {
    const struct rng_store *base;
    uint32_t off;
    rng_pat *v;
    uint32_t n, cap;
    uint32_t *tab; /* open addressing, holds index + 1 */
    uint32_t tabcap;
    uint64_t work; /* alternatives placed by the choice constructors */
} rng_store;

int rng_store_init(rng_store *s, const rng_store *base);
void rng_store_free(rng_store *s);
static inline const rng_pat *rng_get(const rng_store *s, rng_pid p)
{
    /* s->off is 0 when there is no base store */
    // NOLINTNEXTLINE(clang-analyzer-core.NullDereference)
    return p < s->off ? &s->base->v[p] : &s->v[p - s->off];
}
/* Constructors that simplify as they build (notAllowed and empty absorbed,
 * choices flattened, sorted and deduplicated). Out of memory yields
 * NOTALLOWED with *s->... flag; see rng_store_failed. */
rng_pid rng_choice(rng_store *s, rng_pid a, rng_pid b);
/* The choice of n patterns at once (sorted once: n log n, where adding
 * them one by one in ascending order would rebuild the chain each time). */
rng_pid rng_choice_of(rng_store *s, const rng_pid *ps, size_t n);
rng_pid rng_group(rng_store *s, rng_pid a, rng_pid b);
rng_pid rng_interleave(rng_store *s, rng_pid a, rng_pid b);
rng_pid rng_after(rng_store *s, rng_pid a, rng_pid b);
rng_pid rng_one_or_more(rng_store *s, rng_pid a);
rng_pid rng_list(rng_store *s, rng_pid a);
rng_pid rng_data(rng_store *s, uint32_t dt, rng_pid except);
rng_pid rng_value(rng_store *s, uint32_t val);
rng_pid rng_attribute(rng_store *s, uint32_t nc, rng_pid content);
/* A new element pattern (never merged with another); content set later
 * with rng_element_set_content. */
rng_pid rng_element(rng_store *s, uint32_t nc);
void rng_element_set_content(rng_store *s, rng_pid el, rng_pid content);
/* 1 once an allocation failed in this store. */
int rng_store_failed(const rng_store *s);
/* Append a pattern read back from a stored grammar (rng_cache.c) with the
 * flags the constructors give it, checked: operands must be patterns
 * before it (an element's content excepted), c what the constructors set,
 * and the pattern new (its index the next one). Its index, or UINT32_MAX
 * when refused. The indexes
 * of name classes, datatypes and values are the caller's to check. */
rng_pid rng_store_add_raw(rng_store *s, uint8_t kind, uint32_t a, uint32_t b,
                          uint32_t c);

/* ---- name classes ------------------------------------------------------ */

enum rng_nc_kind { NC_NAME, NC_ANY, NC_NSNAME, NC_CHOICE };
#define NC_NONE UINT32_MAX

typedef struct rng_nc {
    int kind;
    const xmlChar *ns;    /* NC_NAME, NC_NSNAME; "" for no namespace */
    const xmlChar *local; /* NC_NAME */
    uint32_t a, b;        /* NC_ANY/NC_NSNAME: a except; NC_CHOICE: both */
} rng_nc;

/* ---- datatypes (rng_types.c) ------------------------------------------ */

typedef struct rng_facet {
    int kind; /* RF_* in rng_types.c */
    char *lexical;
    long number;
    xmlRegexpPtr re;
    xmlSchemaValPtr val;
} rng_facet;

typedef struct rng_dtype {
    int builtin;  /* 1: RELAX NG's own string/token */
    int is_token; /* builtin token (white space collapsed) */
    char *name;   /* the local name, e.g. "token", "date" */
    int id_kind;  /* 0, or 1 ID, 2 IDREF, 3 IDREFS */
    xmlSchemaTypePtr xsd;
    rng_facet *facets;
    size_t nfacets;
} rng_dtype;

typedef struct rng_val {
    uint32_t dt;
    char *lexical; /* as written in the schema */
    char *norm;    /* compared form (token: collapsed) */
    xmlSchemaValPtr xval;
} rng_val;

typedef struct rng_types {
    rng_dtype *dt;
    size_t ndt, capdt;
    rng_val *val;
    size_t nval, capval;
} rng_types;

/* A datatype from its library URI and name with its params; *err gets a
 * static reason when it cannot be used. Returns the index or -1. */
long rng_types_datatype(rng_types *t, const char *lib, const char *name,
                        const char **pnames, const char **pvalues, size_t np,
                        const char **err);
/* The datatype again from what a compiled one keeps (builtin, name, the
 * kind and lexical form of each facet), as rng_types_datatype makes it;
 * index or -1 when refused. */
long rng_types_rebuild(rng_types *t, int builtin, const char *name,
                       const int *kinds, const char **lexicals, size_t n);
/* A value pattern's value; index or -1. */
long rng_types_value(rng_types *t, uint32_t dt, const char *lexical,
                     const char **err);
/* 1 when s is a valid lexical form of the datatype. */
int rng_types_allows(const rng_types *t, uint32_t dt, const char *s);
/* 1 when s equals the value. */
int rng_types_equal(const rng_types *t, uint32_t val, const char *s);
/* A short description of what the datatype accepts, for messages (caller
 * frees): "a date (YYYY-MM-DD)", "a token matching [a-z]+ ...". */
char *rng_types_describe(const rng_types *t, uint32_t dt);
void rng_types_free(rng_types *t);

/* ---- the grammar's strings (rng_names.c) ------------------------------- */

/* Each string once: equal strings have one pointer, owned by the table. */
typedef struct rng_names rng_names;
rng_names *rng_names_new(void);
void rng_names_free(rng_names *t);
/* The table's copy of the len bytes at s (-1: up to its NUL); NULL when
 * out of memory. */
const xmlChar *rng_names_get(rng_names *t, const xmlChar *s, int len);

/* ---- the compiled grammar (rng_grammar.c) ------------------------------- */

/* An attribute whose value is an ID, IDREF or IDREFS, per element name
 * (the DTD compatibility checks jing makes). */
typedef struct rng_idattr {
    const xmlChar *el_ns, *el_local, *at_ns, *at_local;
    int kind;
} rng_idattr;

typedef struct tc_rng_grammar {
    rng_names *names; /* the strings of the grammar */
    rng_store st;
    rng_pid start;
    rng_nc *nc;
    uint32_t nnc, capnc;
    rng_types types;
    rng_pid *elements; /* every element pattern */
    uint32_t nel, capel;
    rng_idattr *ids;
    size_t nids, capids;
    char **files; /* the includes and externalRefs read, as opened */
    size_t nfiles, capfiles;
    int uncacheable; /* one of them came through a catalog or a URL */
} tc_rng_grammar;

/* The deepest nesting of the grammar's patterns as the derivatives recurse
 * (*failed set when out of memory): the compiler's last check, and
 * rng_cache.c's on a grammar read back. */
uint32_t rng_grammar_depth(const tc_rng_grammar *g, int *failed);

/* 1 when the name class holds {ns}local (ns "" for none). */
int rng_nc_contains(const tc_rng_grammar *g, uint32_t nc, const xmlChar *ns,
                    const xmlChar *local);

/* ---- derivatives (rng_deriv.c) ---------------------------------------- */

/* One memo entry: an operation on a pattern with up to two keys. */
typedef struct rng_memo_ent {
    uint32_t op, p, k1, k2, r;
} rng_memo_ent;

typedef struct rng_name {
    const xmlChar *ns, *local;
    uint32_t hash;
} rng_name;

/* The state of one validation: patterns made while validating (on top of
 * the grammar's read-only ones), the memo, and interned names and values.
 * One per document and thread. */
typedef struct rng_ctx {
    const tc_rng_grammar *g;
    rng_store st;
    rng_memo_ent *memo;
    uint32_t nmemo, capmemo;
    rng_name *names;
    uint32_t nnames, capnames;
    uint32_t *nametab;
    uint32_t nametabcap;
    char **vals;
    uint32_t nvals, capvals;
    uint32_t *valtab;
    uint32_t valtabcap;
    int failed;
} rng_ctx;

#define RNG_ANY_VALUE UINT32_MAX

int rng_ctx_init(rng_ctx *c, const tc_rng_grammar *g);
void rng_ctx_free(rng_ctx *c);
/* Interned names and attribute values of the document (ids). */
uint32_t rng_name_id(rng_ctx *c, const xmlChar *ns, const xmlChar *local);
uint32_t rng_value_id(rng_ctx *c, const char *value);

rng_pid rng_start_open(rng_ctx *c, rng_pid p, uint32_t name);
rng_pid rng_start_open_recover(rng_ctx *c, rng_pid p, uint32_t name);
/* The choice of the contents of every element pattern holding name. */
rng_pid rng_find_element(rng_ctx *c, uint32_t name);
/* An attribute in two steps: its name gives after(value pattern, rest)
 * alternatives; its value keeps the rests whose value pattern takes it
 * (rng_recover_after keeps every rest: the value ignored). */
rng_pid rng_att_open(rng_ctx *c, rng_pid p, uint32_t name);
rng_pid rng_att_value(rng_ctx *c, rng_pid p, const char *value);
rng_pid rng_start_close(rng_ctx *c, rng_pid p);
rng_pid rng_ignore_missing_atts(rng_ctx *c, rng_pid p);
rng_pid rng_text(rng_ctx *c, rng_pid p, const char *s);
rng_pid rng_end_tag(rng_ctx *c, rng_pid p);
rng_pid rng_recover_after(rng_ctx *c, rng_pid p);
int rng_is_blank(const char *s);

#endif /* TC_RNG_PATTERN_H */
