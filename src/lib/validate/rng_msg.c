/* rng_msg.c: our RELAX NG validator's errors as diagnostics that say the fix:
 * what is allowed at that place, values listed, "did you mean" by spelling. */
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "validate/validate.h"
#include "validate/rng.h"
#include "validate/rng_msg.h"

/* A pathological document can raise millions of errors; past this many
 * only a count is kept. */
#define MAX_LISTED 5000
/* Lists longer than this are cut ("and N more"). */
#define LIST_MAX 40
#define LIST_CUT 30

void tc_rng_report_init(tc_rng_report *r, tc_diags *d, const char *file)
{
    memset(r, 0, sizeof(*r));
    r->d = d;
    r->file = file;
}

/* "a, b, c" (elements in <>; cut after LIST_CUT when longer than LIST_MAX;
 * the suggestion first). */
static void put_list_cut(tc_buf *b, const char *const *names, size_t n,
                         int angle, const char *first, size_t max, size_t cut)
{
    size_t shown = 0, limit = n > max ? cut : n;
    if (first) {
        tc_buf_printf(b, angle ? "<%s>" : "%s", first);
        shown++;
    }
    for (size_t i = 0; i < n && shown < limit; i++) {
        if (first && strcmp(names[i], first) == 0)
            continue;
        tc_buf_printf(b, angle ? "%s<%s>" : "%s%s", shown ? ", " : "",
                      names[i]);
        shown++;
    }
    if (shown < n)
        tc_buf_printf(b, " and %zu more", n - shown);
}

static void put_list(tc_buf *b, const char *const *names, size_t n, int angle,
                     const char *first)
{
    put_list_cut(b, names, n, angle, first, LIST_MAX, LIST_CUT);
}

static void put_values(tc_buf *b, const char *const *v, size_t n,
                       const char *first)
{
    size_t shown = 0, limit = n > LIST_MAX ? LIST_CUT : n;
    if (first) {
        tc_buf_printf(b, "\"%s\"", first);
        shown++;
    }
    for (size_t i = 0; i < n && shown < limit; i++) {
        if (first && strcmp(v[i], first) == 0)
            continue;
        tc_buf_printf(b, "%s\"%s\"", shown ? ", " : "", v[i]);
        shown++;
    }
    if (shown < n)
        tc_buf_printf(b, " and %zu more", n - shown);
}

/* A short quotation of a value or text (first 40 characters, one line). */
static char *quote(const char *s)
{
    tc_buf b = {0};
    size_t k = 0;
    while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
        s++;
    for (; *s && k < 40; s++) {
        if (((unsigned char)*s & 0xC0) != 0x80)
            k++;
        tc_buf_putc(&b, (*s == '\n' || *s == '\t' || *s == '\r') ? ' ' : *s);
    }
    int more = *s != '\0';
    char *r = tc_buf_take(&b);
    size_t n = r ? strlen(r) : 0;
    while (n && r[n - 1] == ' ')
        r[--n] = '\0';
    if (r && more) {
        char *t = tc_asprintf("%s...", r);
        free(r);
        r = t;
    }
    return r;
}

static char *qname(xmlNodePtr n)
{
    if (n->ns && n->ns->prefix)
        return tc_asprintf("%s:%s", (const char *)n->ns->prefix,
                           (const char *)n->name);
    return tc_strdup((const char *)n->name);
}

static char *attr_qname(xmlAttrPtr a)
{
    if (a->ns && a->ns->prefix)
        return tc_asprintf("%s:%s", (const char *)a->ns->prefix,
                           (const char *)a->name);
    return tc_strdup((const char *)a->name);
}

/* "expected: ..." for a place in content: elements, end, text. */
static void put_expected(tc_buf *b, const tc_rng_error *e, const char *first,
                         size_t max)
{
    int parts = 0;
    if (e->nelements) {
        tc_buf_puts(b, e->nelements == 1 ? "element " : "one of ");
        put_list_cut(b, e->elements, e->nelements, 1, first, max,
                     max < LIST_CUT ? max : LIST_CUT);
        parts++;
    }
    if (e->other_elements) {
        tc_buf_puts(b, parts ? ", or elements of other namespaces"
                             : "elements of other namespaces");
        parts++;
    }
    if (e->text_ok) {
        tc_buf_puts(b, parts ? ", or text" : "text");
        parts++;
    }
    if (e->end_ok) {
        tc_buf_puts(b, parts ? ", or the end of the element"
                             : "the end of the element");
        parts++;
    }
    if (!parts)
        tc_buf_puts(b, "nothing more");
}

/* The datatypes and values a value may take: "one of "a", "b"" or "a date
 * (YYYY-MM-DD)". */
static void put_value_facts(tc_buf *b, const tc_rng_error *e, const char *first)
{
    if (e->nvalues) {
        tc_buf_puts(b, e->nvalues == 1 ? "the value " : "one of ");
        put_values(b, e->values, e->nvalues, first);
    }
    for (size_t i = 0; i < e->ndatatypes; i++)
        tc_buf_printf(b, "%s%s", e->nvalues || i ? " or " : "",
                      e->datatypes[i]);
    if (!e->nvalues && !e->ndatatypes)
        tc_buf_puts(b, "a value the schema allows");
}

void tc_rng_report_error(void *data, const tc_rng_error *e)
{
    tc_rng_report *r = data;
    if (r->listed >= MAX_LISTED) {
        r->dropped++;
        return;
    }
    r->listed++;
    xmlNodePtr el = e->node;
    char *name = qname(el);
    char *parent = el->parent && el->parent->type == XML_ELEMENT_NODE
                       ? qname(el->parent)
                       : NULL;
    char *aname = e->attr ? attr_qname(e->attr) : NULL;
    char *val = e->value ? quote(e->value) : NULL;
    tc_buf m = {0}, h = {0};
    const char *code = TC_V_OTHER;
    const char *guess = NULL;
    switch (e->kind) {
    case TC_RNG_ELEM_NOT_ALLOWED:
    case TC_RNG_ELEM_UNKNOWN:
        /* a known element out of place is no misspelling */
        if (e->kind == TC_RNG_ELEM_UNKNOWN)
            guess = tc_msg_closest((const char *)el->name, e->elements,
                                   e->nelements);
        code = parent ? TC_V_ELEM : TC_V_ROOT;
        if (!parent)
            tc_buf_printf(
                &m, "the root element <%s> is not allowed by the schema", name);
        else if (e->kind == TC_RNG_ELEM_UNKNOWN)
            tc_buf_printf(&m,
                          "element <%s> is not defined by the schema (in <%s>)",
                          name, parent);
        else
            tc_buf_printf(&m, "element <%s> is not allowed here in <%s>", name,
                          parent);
        tc_buf_puts(&m, "; expected ");
        put_expected(&m, e, guess, LIST_MAX);
        if (guess)
            tc_buf_printf(&h, "did you mean <%s>? ", guess);
        tc_buf_puts(&h, !parent ? "give the document the root element the "
                                  "schema expects (its name and namespace), "
                                  "or validate it against another schema"
                        : e->kind == TC_RNG_ELEM_UNKNOWN
                            ? "check its spelling and namespace, or remove it"
                            : "move it to a place the schema allows, or check "
                              "its spelling and namespace");
        break;
    case TC_RNG_ELEM_TOO_EARLY:
        code = TC_V_MISSING;
        if (e->nrequired) {
            tc_buf_printf(&m, "element <%s> comes too early in <%s>: ", name,
                          parent ? parent : "?");
            put_list(&m, e->required, e->nrequired, 1, NULL);
            tc_buf_puts(&m, e->nrequired == 1 ? " is required before it"
                                              : " are required before it");
        } else {
            tc_buf_printf(&m,
                          "element <%s> is not allowed yet in <%s>; expected ",
                          name, parent ? parent : "?");
            put_expected(&m, e, NULL, LIST_MAX);
        }
        tc_buf_puts(
            &h, "add the missing element before it, or move it further down");
        break;
    case TC_RNG_ATTR_NOT_ALLOWED:
        code = TC_V_ATTR;
        guess = e->attr ? tc_msg_closest((const char *)e->attr->name,
                                         e->attributes, e->nattributes)
                        : NULL;
        tc_buf_printf(&m, "attribute %s is not allowed on <%s>", aname, name);
        if (e->nattributes) {
            tc_buf_puts(&m, "; allowed: ");
            put_list(&m, e->attributes, e->nattributes, 0, guess);
        } else {
            tc_buf_puts(&m, " (it takes no attributes)");
        }
        if (guess)
            tc_buf_printf(&h, "did you mean %s? ", guess);
        tc_buf_puts(&h,
                    "remove the attribute, or check its name and namespace "
                    "(project customisations add attributes the schema lacks)");
        break;
    case TC_RNG_ATTR_VALUE:
        code = TC_V_VALUE;
        guess =
            e->value ? tc_msg_closest(e->value, e->values, e->nvalues) : NULL;
        tc_buf_printf(&m, "%s=\"%s\" is not a valid value on <%s>; expected ",
                      aname, val ? val : "", name);
        put_value_facts(&m, e, guess);
        if (guess)
            tc_buf_printf(&h, "did you mean \"%s\"? ", guess);
        tc_buf_puts(&h,
                    "use a value of the type or list the schema gives for it");
        break;
    case TC_RNG_ATTR_MISSING:
        code = TC_V_REQATTR;
        if (e->nrequired) {
            tc_buf_printf(&m, "<%s> lacks the required attribute%s ", name,
                          e->nrequired == 1 ? "" : "s");
            put_list(&m, e->required, e->nrequired, 0, NULL);
        } else {
            tc_buf_printf(
                &m, "<%s> lacks a required attribute; expected one of ", name);
            put_list(&m, e->attributes, e->nattributes, 0, NULL);
        }
        tc_buf_puts(&h, "add the attribute with a value the schema allows");
        break;
    case TC_RNG_TEXT:
        code = TC_V_TEXT;
        tc_buf_printf(
            &m, "text is not allowed directly in <%s> (\"%s\"); expected ",
            name, val ? val : "");
        /* the elements only hint where the text could go: a short list */
        put_expected(&m, e, NULL, 12);
        tc_buf_puts(&h, "put the text inside a child element (in TEI usually "
                        "<p>), or remove it");
        break;
    case TC_RNG_ELEM_VALUE:
        code = TC_V_VALUE;
        guess =
            e->value ? tc_msg_closest(e->value, e->values, e->nvalues) : NULL;
        if (val && *val)
            tc_buf_printf(&m,
                          "the text of <%s> (\"%s\") is not valid; expected ",
                          name, val);
        else
            tc_buf_printf(&m, "<%s> is empty; expected ", name);
        put_value_facts(&m, e, guess);
        if (guess)
            tc_buf_printf(&h, "did you mean \"%s\"? ", guess);
        tc_buf_puts(
            &h, "write a value of the type or list the schema gives for it");
        break;
    case TC_RNG_INCOMPLETE:
        code = TC_V_MISSING;
        if (e->nrequired) {
            tc_buf_printf(&m, "<%s> is incomplete: required element%s ", name,
                          e->nrequired == 1 ? "" : "s");
            put_list(&m, e->required, e->nrequired, 1, NULL);
            tc_buf_puts(&m, e->nrequired == 1 ? " is missing" : " are missing");
        } else {
            tc_buf_printf(&m, "<%s> ends too early; expected ", name);
            put_expected(&m, e, NULL, LIST_MAX);
        }
        tc_buf_puts(&h, "add the missing content at the end of the element");
        break;
    case TC_RNG_ID_DUPLICATE:
        code = TC_V_VALUE;
        tc_buf_printf(&m, "the identifier \"%s\" is used twice (%s)",
                      val ? val : "", aname ? aname : "id");
        tc_buf_puts(&h, "give each element its own identifier");
        break;
    case TC_RNG_ID_FIRST:
        code = TC_V_VALUE;
        tc_buf_printf(
            &m, "the identifier \"%s\" used here is used again further on",
            val ? val : "");
        tc_buf_puts(&h, "give each element its own identifier");
        break;
    case TC_RNG_ID_TOKENS:
        code = TC_V_VALUE;
        tc_buf_printf(&m, "%s=\"%s\" must be a single name without spaces",
                      aname ? aname : "id", val ? val : "");
        tc_buf_puts(&h, "remove the spaces, or replace them with _ or -");
        break;
    case TC_RNG_IDREF_MISSING:
        code = TC_V_VALUE;
        tc_buf_printf(&m, "%s refers to \"%s\", an identifier no element has",
                      aname ? aname : "ref", val ? val : "");
        tc_buf_puts(&h, "correct the reference, or add the identifier to the "
                        "element meant");
        break;
    }
    char *msg = tc_buf_take(&m), *hint = tc_buf_take(&h);
    tc_diag_at_node(r->d, TC_SEV_ERROR, code, r->file, el, aname, hint,
                    msg ? msg : "schema error");
    free(msg);
    free(hint);
    free(name);
    free(parent);
    free(aname);
    free(val);
}

void tc_rng_report_finish(tc_rng_report *r)
{
    if (r->dropped)
        tc_diags_add(r->d, TC_SEV_ERROR, TC_V_OTHER, r->file, 0, 0, NULL,
                     "fix the errors above first",
                     "%zu more schema errors not listed", r->dropped);
}
