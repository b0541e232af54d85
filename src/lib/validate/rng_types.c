/* rng_types.c: the datatypes of our RELAX NG validator: RELAX NG's own
 * string and token, and the W3C XML Schema types with their facets. */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemastypes.h>
#include <libxml/xmlstring.h>

#include "base/util.h"
#include "validate/rng_pattern.h"

#define XSD_LIB "http://www.w3.org/2001/XMLSchema-datatypes"
#define XSD_NS  "http://www.w3.org/2001/XMLSchema"

enum {
    RF_LENGTH,
    RF_MINLENGTH,
    RF_MAXLENGTH,
    RF_PATTERN,
    RF_MININC,
    RF_MAXINC,
    RF_MINEXC,
    RF_MAXEXC,
    RF_IGNORED
};

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* s with white space collapsed (XSD "collapse"); caller frees. */
static char *collapse(const char *s)
{
    char *out = malloc(strlen(s) + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    int pending = 0;
    for (const char *p = s; *p; p++) {
        if (is_space(*p)) {
            pending = k > 0;
            continue;
        }
        if (pending)
            out[k++] = ' ';
        pending = 0;
        out[k++] = *p;
    }
    out[k] = '\0';
    return out;
}

/* s with white space characters replaced by spaces (XSD "replace"). */
static char *replace_ws(const char *s)
{
    char *out = tc_strdup(s);
    if (out)
        for (char *p = out; *p; p++)
            if (is_space(*p))
                *p = ' ';
    return out;
}

/* The value as the type's white-space rule makes it; caller frees. */
static char *normalise(const rng_dtype *d, const char *s)
{
    if (d->builtin)
        return d->is_token ? collapse(s) : tc_strdup(s);
    if (strcmp(d->name, "string") == 0)
        return tc_strdup(s);
    if (strcmp(d->name, "normalizedString") == 0)
        return replace_ws(s);
    return collapse(s);
}

/* The parameters by name; the first of a kind is its name when a stored
 * grammar is read back (rng_types_rebuild). */
static const struct {
    const char *name;
    int kind;
} facet_names[] = {
    {"length", RF_LENGTH},       {"minLength", RF_MINLENGTH},
    {"maxLength", RF_MAXLENGTH}, {"pattern", RF_PATTERN},
    {"minInclusive", RF_MININC}, {"maxInclusive", RF_MAXINC},
    {"minExclusive", RF_MINEXC}, {"maxExclusive", RF_MAXEXC},
    {"totalDigits", RF_IGNORED}, {"fractionDigits", RF_IGNORED},
};
#define N_FACET_NAMES (sizeof facet_names / sizeof *facet_names)

static int facet_kind(const char *n)
{
    for (size_t i = 0; i < N_FACET_NAMES; i++)
        if (strcmp(facet_names[i].name, n) == 0)
            return facet_names[i].kind;
    return -1;
}

long rng_types_datatype(rng_types *t, const char *lib, const char *name,
                        const char **pnames, const char **pvalues, size_t np,
                        const char **err)
{
    rng_dtype d;
    memset(&d, 0, sizeof(d));
    *err = NULL;
    if (!lib || !*lib) {
        if (strcmp(name, "string") != 0 && strcmp(name, "token") != 0) {
            *err = "unknown datatype of the built-in library";
            return -1;
        }
        if (np) {
            *err = "the built-in datatypes take no parameters";
            return -1;
        }
        d.builtin = 1;
        d.is_token = strcmp(name, "token") == 0;
    } else if (strcmp(lib, XSD_LIB) == 0) {
        xmlSchemaInitTypes();
        d.xsd = xmlSchemaGetPredefinedType(BAD_CAST name, BAD_CAST XSD_NS);
        if (!d.xsd) {
            *err = "unknown XML Schema datatype";
            return -1;
        }
        if (strcmp(name, "ID") == 0)
            d.id_kind = 1;
        else if (strcmp(name, "IDREF") == 0)
            d.id_kind = 2;
        else if (strcmp(name, "IDREFS") == 0)
            d.id_kind = 3;
    } else {
        *err = "unknown datatype library";
        return -1;
    }
    d.name = tc_strdup(name);
    if (!d.name)
        return -1;
    if (np)
        d.facets = calloc(np, sizeof(*d.facets));
    if (np && !d.facets) {
        free(d.name);
        return -1;
    }
    for (size_t i = 0; i < np; i++) {
        rng_facet *f = &d.facets[d.nfacets];
        f->kind = facet_kind(pnames[i]);
        if (f->kind < 0) {
            *err = "unknown datatype parameter";
            goto bad;
        }
        f->lexical = tc_strdup(pvalues[i]);
        if (!f->lexical)
            goto bad;
        d.nfacets++;
        switch (f->kind) {
        case RF_LENGTH:
        case RF_MINLENGTH:
        case RF_MAXLENGTH:
            f->number = strtol(pvalues[i], NULL, 10);
            break;
        case RF_PATTERN:
            f->re = xmlRegexpCompile(BAD_CAST pvalues[i]);
            if (!f->re) {
                *err = "a pattern parameter that is not a valid regular "
                       "expression";
                goto bad;
            }
            break;
        case RF_MININC:
        case RF_MAXINC:
        case RF_MINEXC:
        case RF_MAXEXC: {
            char *norm = collapse(pvalues[i]);
            int rc = norm ? xmlSchemaValPredefTypeNode(d.xsd, BAD_CAST norm,
                                                       &f->val, NULL)
                          : -1;
            free(norm);
            if (rc != 0) {
                *err = "a bound that is not a value of its datatype";
                goto bad;
            }
            break;
        }
        default:
            break;
        }
    }
    if (t->ndt == t->capdt) {
        size_t cap = t->capdt ? t->capdt * 2 : 32;
        rng_dtype *v = realloc(t->dt, cap * sizeof(*v));
        if (!v)
            goto bad;
        t->dt = v;
        t->capdt = cap;
    }
    t->dt[t->ndt] = d;
    return (long)t->ndt++;
bad:
    for (size_t i = 0; i < d.nfacets; i++) {
        free(d.facets[i].lexical);
        if (d.facets[i].re)
            xmlRegFreeRegexp(d.facets[i].re);
        if (d.facets[i].val)
            xmlSchemaFreeValue(d.facets[i].val);
    }
    free(d.facets);
    free(d.name);
    return -1;
}

long rng_types_rebuild(rng_types *t, int builtin, const char *name,
                       const int *kinds, const char **lexicals, size_t n)
{
    const char *pn[64];
    const char *why = NULL;
    if (n > sizeof pn / sizeof *pn)
        return -1;
    for (size_t i = 0; i < n; i++) {
        pn[i] = NULL;
        for (size_t k = 0; k < N_FACET_NAMES && !pn[i]; k++)
            if (facet_names[k].kind == kinds[i])
                pn[i] = facet_names[k].name;
        if (!pn[i])
            return -1;
    }
    return rng_types_datatype(t, builtin ? "" : XSD_LIB, name, pn, lexicals, n,
                              &why);
}

/* 1 when the (normalised) value passes facet f. */
static int facet_ok(const rng_facet *f, const char *norm, xmlSchemaValPtr v)
{
    switch (f->kind) {
    case RF_LENGTH:
        return xmlUTF8Strlen(BAD_CAST norm) == f->number;
    case RF_MINLENGTH:
        return xmlUTF8Strlen(BAD_CAST norm) >= f->number;
    case RF_MAXLENGTH:
        return xmlUTF8Strlen(BAD_CAST norm) <= f->number;
    case RF_PATTERN:
        return xmlRegexpExec(f->re, BAD_CAST norm) == 1;
    case RF_MININC:
    case RF_MAXINC:
    case RF_MINEXC:
    case RF_MAXEXC: {
        if (!v)
            return 0;
        int c = xmlSchemaCompareValues(v, f->val);
        if (c == -2 || c == 2)
            return 0;
        if (f->kind == RF_MININC)
            return c >= 0;
        if (f->kind == RF_MAXINC)
            return c <= 0;
        if (f->kind == RF_MINEXC)
            return c > 0;
        return c < 0;
    }
    default:
        return 1;
    }
}

int rng_types_allows(const rng_types *t, uint32_t dt, const char *s)
{
    const rng_dtype *d = &t->dt[dt];
    if (d->builtin)
        return 1;
    char *norm = normalise(d, s);
    if (!norm)
        return 0;
    xmlSchemaValPtr v = NULL;
    int ok = xmlSchemaValPredefTypeNode(d->xsd, BAD_CAST norm, &v, NULL) == 0;
    for (size_t i = 0; ok && i < d->nfacets; i++)
        ok = facet_ok(&d->facets[i], norm, v);
    if (v)
        xmlSchemaFreeValue(v);
    free(norm);
    return ok;
}

long rng_types_value(rng_types *t, uint32_t dt, const char *lexical,
                     const char **err)
{
    *err = NULL;
    const rng_dtype *d = &t->dt[dt];
    rng_val v;
    memset(&v, 0, sizeof(v));
    v.dt = dt;
    v.lexical = tc_strdup(lexical);
    v.norm = normalise(d, lexical);
    if (!v.lexical || !v.norm)
        goto bad;
    if (!d->builtin && xmlSchemaValPredefTypeNode(d->xsd, BAD_CAST v.norm,
                                                  &v.xval, NULL) != 0) {
        *err = "a value that is not valid for its datatype";
        goto bad;
    }
    if (t->nval == t->capval) {
        size_t cap = t->capval ? t->capval * 2 : 64;
        rng_val *nv = realloc(t->val, cap * sizeof(*nv));
        if (!nv)
            goto bad;
        t->val = nv;
        t->capval = cap;
    }
    t->val[t->nval] = v;
    return (long)t->nval++;
bad:
    free(v.lexical);
    free(v.norm);
    if (v.xval)
        xmlSchemaFreeValue(v.xval);
    return -1;
}

int rng_types_equal(const rng_types *t, uint32_t val, const char *s)
{
    const rng_val *v = &t->val[val];
    const rng_dtype *d = &t->dt[v->dt];
    char *norm = normalise(d, s);
    if (!norm)
        return 0;
    int eq;
    if (d->builtin || strcmp(d->name, "string") == 0 ||
        strcmp(d->name, "token") == 0 || !v->xval) {
        eq = strcmp(norm, v->norm) == 0;
    } else {
        xmlSchemaValPtr x = NULL;
        eq = xmlSchemaValPredefTypeNode(d->xsd, BAD_CAST norm, &x, NULL) == 0 &&
             xmlSchemaCompareValues(x, v->xval) == 0;
        if (x)
            xmlSchemaFreeValue(x);
    }
    free(norm);
    return eq;
}

/* Words for the common XML Schema types. */
static const char *type_words(const char *name)
{
    static const struct {
        const char *n, *w;
    } map[] = {
        {"date", "a date (YYYY-MM-DD)"},
        {"dateTime", "a date and time (YYYY-MM-DDThh:mm:ss)"},
        {"time", "a time (hh:mm:ss)"},
        {"gYear", "a year (YYYY)"},
        {"gYearMonth", "a year and month (YYYY-MM)"},
        {"gMonth", "a month (--MM)"},
        {"gDay", "a day (---DD)"},
        {"gMonthDay", "a month and day (--MM-DD)"},
        {"duration", "a duration (e.g. P1Y2M, PT3H)"},
        {"boolean", "true or false"},
        {"decimal", "a decimal number"},
        {"double", "a number"},
        {"float", "a number"},
        {"integer", "a whole number"},
        {"nonNegativeInteger", "a whole number, 0 or more"},
        {"positiveInteger", "a whole number, 1 or more"},
        {"anyURI", "a URI"},
        {"language", "a language tag (e.g. en, de-AT)"},
        {"NCName", "a name without a colon (XML NCName)"},
        {"Name", "an XML name"},
        {"NMTOKEN", "a name token (letters, digits, . - _ :)"},
        {"NMTOKENS", "name tokens separated by spaces"},
        {"ID", "an identifier (XML NCName) unique in the document"},
        {"IDREF", "the identifier of an element of the document"},
        {"IDREFS", "identifiers of elements of the document"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strcmp(map[i].n, name) == 0)
            return map[i].w;
    return NULL;
}

char *rng_types_describe(const rng_types *t, uint32_t dt)
{
    const rng_dtype *d = &t->dt[dt];
    const char *w = type_words(d->name);
    char *s = w ? tc_strdup(w) : tc_asprintf("a value of type %s", d->name);
    for (size_t i = 0; s && i < d->nfacets; i++) {
        const rng_facet *f = &d->facets[i];
        char *n = NULL;
        switch (f->kind) {
        case RF_LENGTH:
            n = tc_asprintf("%s of exactly %ld characters", s, f->number);
            break;
        case RF_MINLENGTH:
            n = tc_asprintf("%s of at least %ld characters", s, f->number);
            break;
        case RF_MAXLENGTH:
            n = tc_asprintf("%s of at most %ld characters", s, f->number);
            break;
        case RF_MININC:
            n = tc_asprintf("%s, at least %s", s, f->lexical);
            break;
        case RF_MAXINC:
            n = tc_asprintf("%s, at most %s", s, f->lexical);
            break;
        case RF_MINEXC:
            n = tc_asprintf("%s, more than %s", s, f->lexical);
            break;
        case RF_MAXEXC:
            n = tc_asprintf("%s, less than %s", s, f->lexical);
            break;
        case RF_PATTERN:
            if (strlen(f->lexical) <= 60)
                n = tc_asprintf("%s matching the pattern %s", s, f->lexical);
            else
                n = tc_asprintf("%s of the form the schema's pattern describes",
                                s);
            break;
        default:
            break;
        }
        if (n) {
            free(s);
            s = n;
        }
    }
    return s;
}

void rng_types_free(rng_types *t)
{
    for (size_t i = 0; i < t->ndt; i++) {
        rng_dtype *d = &t->dt[i];
        for (size_t k = 0; k < d->nfacets; k++) {
            free(d->facets[k].lexical);
            if (d->facets[k].re)
                xmlRegFreeRegexp(d->facets[k].re);
            if (d->facets[k].val)
                xmlSchemaFreeValue(d->facets[k].val);
        }
        free(d->facets);
        free(d->name);
    }
    free(t->dt);
    for (size_t i = 0; i < t->nval; i++) {
        free(t->val[i].lexical);
        free(t->val[i].norm);
        if (t->val[i].xval)
            xmlSchemaFreeValue(t->val[i].xval);
    }
    free(t->val);
    memset(t, 0, sizeof(*t));
}
