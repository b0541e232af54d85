/* validate_msg.c: libxml2's XSD validity errors (EAD 2002 through ead.xsd;
 * RELAX NG goes through our own validator, rng_*.c) rewritten as
 * our diagnostics (stable code, plain message, XPath, hint), never raw. */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>
#include <libxml/tree.h>

#include "base/util.h"
#include "validate/validate.h"
#include "xml/node_path.h"

/* A libxml2 error as received, kept until the document is done. */
typedef struct raw {
    int domain;
    int code;
    xmlNodePtr node;
    long line;
    char *str1, *str2;
    char *msg;
} raw;

struct tc_verrs {
    const char *file;
    xmlDocPtr doc;
    raw *v;
    size_t n, cap;
    size_t dropped; /* beyond the cap */
};

/* A pathological document can raise millions of errors; past this many
 * only a count is kept. */
#define MAX_ERRS 5000

tc_verrs *tc_verrs_new(const char *file, xmlDocPtr doc)
{
    tc_verrs *e = calloc(1, sizeof(*e));
    if (e) {
        e->file = file;
        e->doc = doc;
    }
    return e;
}

size_t tc_verrs_count(const tc_verrs *e)
{
    return e->n + e->dropped;
}

static char *chomp_dup(const char *s)
{
    if (!s)
        return NULL;
    char *c = tc_strdup(s);
    if (!c)
        return NULL;
    size_t n = strlen(c);
    while (n && (c[n - 1] == '\n' || c[n - 1] == ' ' || c[n - 1] == '.'))
        c[--n] = '\0';
    return c;
}

void tc_verrs_handler(void *data, xmlErrorPtr err)
{
    tc_verrs *e = data;
    if (!err || err->level == XML_ERR_NONE || err->level == XML_ERR_WARNING)
        return;
    if (e->n >= MAX_ERRS) {
        e->dropped++;
        return;
    }
    if (e->n == e->cap) {
        size_t cap = e->cap ? e->cap * 2 : 16;
        raw *nv = realloc(e->v, cap * sizeof(*nv));
        if (!nv) {
            e->dropped++;
            return;
        }
        e->v = nv;
        e->cap = cap;
    }
    raw *r = &e->v[e->n++];
    r->domain = err->domain;
    r->code = err->code;
    r->node = err->node;
    r->line = err->line;
    r->str1 = chomp_dup(err->str1);
    r->str2 = chomp_dup(err->str2);
    r->msg = chomp_dup(err->message);
}

void tc_schema_error_handler(void *data, xmlErrorPtr err)
{
    tc_diags *d = data;
    if (!err || err->level == XML_ERR_NONE)
        return;
    char *msg = chomp_dup(err->message ? err->message : "schema error");
    tc_diags_add(d,
                 err->level == XML_ERR_WARNING ? TC_SEV_WARNING : TC_SEV_ERROR,
                 TC_V_BADSCHEMA, err->file, err->line, 0, NULL,
                 "the schema itself has a problem: check it with jing, or use "
                 "the official copy",
                 "schema: %s", msg ? msg : "");
    free(msg);
}

/* ---- locating -------------------------------------------------------- */

void tc_diag_at_node(tc_diags *d, tc_severity sev, const char *code,
                     const char *file, xmlNodePtr node, const char *attr,
                     const char *hint, const char *msg)
{
    char *xp = tc_node_attr_xpath(node, attr);
    tc_diags_add(d, sev, code, file, node ? xmlGetLineNo(node) : 0, 0, xp, hint,
                 "%s", msg ? msg : "");
    free(xp);
}

static int is_ancestor(xmlNodePtr anc, xmlNodePtr n)
{
    for (; n; n = n->parent)
        if (n == anc)
            return 1;
    return 0;
}

/* ---- translating ----------------------------------------------------- */

typedef struct out {
    long line;
    char *xpath;      /* owned, set at the end */
    char *hint_owned; /* a rewritten hint, owned */
    const char *code;
    const char *hint;
    char *message;
    xmlNodePtr node;
    char *attr;  /* attribute the message is about, for the XPath */
    int generic; /* "failed to validate" kinds, dropped when explained */
} out;

/* Remove "{namespace}" from names in libxml2's XSD messages and
 * "[facet 'x'] " tags; lower-case the first letter. */
static char *tidy(const char *s)
{
    tc_buf b = {0};
    while (*s) {
        if (*s == '{') {
            const char *close = strchr(s, '}');
            if (close) {
                s = close + 1;
                continue;
            }
        }
        if (strncmp(s, "[facet '", 8) == 0) {
            const char *close = strstr(s, "'] ");
            if (close) {
                s = close + 3;
                continue;
            }
        }
        tc_buf_putc(&b, *s++);
    }
    char *r = tc_buf_take(&b);
    if (r && r[0] >= 'A' && r[0] <= 'Z' && !(r[1] >= 'A' && r[1] <= 'Z'))
        r[0] = (char)(r[0] - 'A' + 'a');
    return r;
}

/* "Element 'x', attribute 'a': rest" -> attribute name and the rest. */
static const char *xsd_rest(const char *msg, char **attr)
{
    const char *p = strstr(msg, ", attribute '");
    const char *colon = strstr(msg, "': ");
    if (p && colon && p < colon) {
        const char *q = p + 13;
        const char *end = strchr(q, '\'');
        if (end) {
            /* drop any {ns} from the attribute name */
            char *raw_name = tc_strndup(q, (size_t)(end - q));
            *attr = raw_name ? tidy(raw_name) : NULL;
            free(raw_name);
        }
    }
    return colon ? colon + 3 : msg;
}

/* libxml2 says "'x1' is not a valid value of the atomic type 'xs:ID'" both
 * for a value that is no name and for one used twice: tell them apart, in
 * the words the RELAX NG side uses. 1 when o->message was set. */
static int id_message(const raw *r, out *o, const char *t)
{
    if (!t || !strstr(t, "'xs:ID'") || !o->attr || !r->node ||
        r->node->type != XML_ELEMENT_NODE)
        return 0;
    xmlChar *v = xmlGetNoNsProp(r->node, BAD_CAST o->attr);
    if (!v)
        return 0;
    if (xmlValidateNCName(v, 0) == 0) {
        o->message = tc_asprintf("the identifier \"%s\" is used twice (%s)",
                                 (const char *)v, o->attr);
        o->hint = "give each element its own identifier";
    } else {
        o->message = tc_asprintf(
            "%s=\"%s\" is not an identifier: a name that starts with a "
            "letter or _ and has no spaces or colons (e.g. \"ref1\")",
            o->attr, (const char *)v);
        o->hint = "use a name that is unique in the document";
    }
    xmlFree(v);
    return o->message != NULL;
}

/* "... The value 'colection' is not an element of the set {'class',
 * 'collection', ...}.": the values listed as the RELAX NG side lists them,
 * with a "did you mean" (libxml2's own text loses the set to tidy). 1 when
 * o->message was set. */
static int enum_message(const raw *r, out *o, const char *name)
{
    const char *m = r->msg ? r->msg : "";
    const char *vp = strstr(m, "value '");
    const char *set = strstr(m, "set {");
    if (!vp || !set)
        return 0;
    vp += 7;
    const char *vend = strchr(vp, '\'');
    if (!vend)
        return 0;
    char *got = tc_strndup(vp, (size_t)(vend - vp));
    const char *vals[64];
    char *owned[64];
    size_t n = 0;
    for (const char *p = set + 5; *p && *p != '}' && n < 64;) {
        if (*p != '\'') {
            p++;
            continue;
        }
        const char *end = strchr(p + 1, '\'');
        if (!end)
            break;
        owned[n] = tc_strndup(p + 1, (size_t)(end - p - 1));
        if (!owned[n])
            break;
        vals[n] = owned[n];
        n++;
        p = end + 1;
    }
    const char *guess = got ? tc_msg_closest(got, vals, n) : NULL;
    tc_buf b = {0};
    if (o->attr)
        tc_buf_printf(&b, "%s=\"%s\" is not a valid value on <%s>", o->attr,
                      got ? got : "", name);
    else
        tc_buf_printf(&b, "the text of <%s> (\"%s\") is not valid", name,
                      got ? got : "");
    tc_buf_puts(&b, n ? "; expected one of " : "");
    if (guess)
        tc_buf_printf(&b, "\"%s\"", guess);
    for (size_t i = 0; i < n; i++)
        if (!guess || strcmp(vals[i], guess) != 0)
            tc_buf_printf(&b, "%s\"%s\"", guess || i ? ", " : "", vals[i]);
    o->message = tc_buf_take(&b);
    if (guess)
        o->hint_owned = tc_asprintf("did you mean \"%s\"? use one of the "
                                    "values the schema lists",
                                    guess);
    o->hint = "use one of the values the schema lists";
    for (size_t i = 0; i < n; i++)
        free(owned[i]);
    free(got);
    return o->message != NULL;
}

static void translate_xsd(const raw *r, out *o)
{
    o->node = r->node;
    const char *m = r->msg ? r->msg : "schema violation";
    const char *rest = xsd_rest(m, &o->attr);
    char *t = tidy(rest);
    const char *name = r->node && r->node->type == XML_ELEMENT_NODE
                           ? (const char *)r->node->name
                           : "?";
    switch (r->code) {
    case XML_SCHEMAV_CVC_ELT_1:
        o->code = TC_V_ROOT;
        o->message = tc_asprintf(
            "root element <%s> is not declared by the schema", name);
        o->hint = "check the root element's name and namespace (EAD 2002: "
                  "xmlns=\"urn:isbn:1-931666-22-9\")";
        break;
    case XML_SCHEMAV_ELEMENT_CONTENT: {
        o->code = TC_V_ELEM;
        /* "This element is not expected. Expected is one of ( a, b )." */
        char *exp = t ? strstr(t, "xpected is ") : NULL;
        char *open = exp ? strchr(exp, '(') : NULL;
        char *close = open ? strrchr(open, ')') : NULL;
        if (open && close) {
            *close = '\0';
            char *list = open + 1;
            while (*list == ' ')
                list++;
            size_t ll = strlen(list);
            while (ll && list[ll - 1] == ' ')
                list[--ll] = '\0';
            if (strstr(t, "issing child"))
                /* libxml2 names the element whose content ends too early */
                o->message = tc_asprintf(
                    "<%s> is incomplete: a required child is missing; "
                    "expected %s%s",
                    name, strchr(list, ',') ? "one of: " : "", list);
            else
                o->message = tc_asprintf(
                    "element <%s> is not allowed here; expected %s%s", name,
                    strchr(list, ',') ? "one of: " : "", list);
        } else {
            o->message = tc_asprintf("element <%s> is not allowed here", name);
        }
        if (t && strstr(t, "issing child")) {
            o->code = TC_V_MISSING;
            o->hint = "add the missing element";
        } else {
            o->hint =
                "move it to a place the schema allows, or check its spelling";
        }
        break;
    }
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
        o->code = TC_V_MISSING;
        o->message =
            tc_asprintf("<%s> lacks a required child: %s", name, t ? t : "");
        o->hint = "add the missing element";
        break;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
        o->code = TC_V_ATTR;
        o->message = tc_asprintf("attribute %s is not allowed on <%s>",
                                 o->attr ? o->attr : "?", name);
        o->hint = "remove the attribute or check its name and namespace";
        break;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4: {
        o->code = TC_V_REQATTR;
        /* "The attribute 'level' is required but missing." */
        const char *q = t ? strstr(t, "attribute '") : NULL;
        const char *qe = q ? strchr(q + 11, '\'') : NULL;
        if (qe)
            o->message = tc_asprintf("<%s> lacks the required attribute %.*s",
                                     name, (int)(qe - q - 11), q + 11);
        else
            o->message = tc_asprintf("<%s>: %s", name, t ? t : "");
        o->hint = "add the required attribute";
        break;
    }
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1:
        o->code = TC_V_NOTEMPTY;
        o->message = tc_asprintf("element <%s> must be empty", name);
        o->hint = "remove its content";
        break;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
        o->code = TC_V_TEXT;
        o->message = tc_asprintf("text is not allowed directly in <%s>", name);
        o->hint = "put the text inside a child element, or remove it";
        break;
    default:
        if ((r->code >= XML_SCHEMAV_VALUE &&
             r->code <= XML_SCHEMAV_CVC_ENUMERATION_VALID) ||
            r->code == XML_SCHEMAV_ATTRINVALID ||
            r->code == XML_SCHEMAV_CVC_AU ||
            r->code == XML_SCHEMAV_CVC_TYPE_1 ||
            r->code == XML_SCHEMAV_CVC_TYPE_2 ||
            r->code == XML_SCHEMAV_CVC_ATTRIBUTE_3) {
            o->code = TC_V_VALUE;
            o->hint =
                "use a value of the type or pattern the schema gives for it";
        } else {
            o->code = TC_V_OTHER;
            o->hint = "check this place against the schema";
        }
        if (strcmp(o->code, TC_V_VALUE) == 0 &&
            (id_message(r, o, t) ||
             (r->code == XML_SCHEMAV_CVC_ENUMERATION_VALID &&
              enum_message(r, o, name))))
            break;
        if (o->attr)
            o->message = tc_asprintf("<%s> @%s: %s", name, o->attr, t ? t : "");
        else
            o->message = tc_asprintf("<%s>: %s", name, t ? t : "");
        break;
    }
    free(t);
}

static void out_clear(out *o)
{
    free(o->message);
    free(o->attr);
    free(o->xpath);
    free(o->hint_owned);
    memset(o, 0, sizeof(*o));
}

static int by_line(const void *a, const void *b)
{
    const out *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return 0;
}

void tc_verrs_finish(tc_verrs *e, tc_diags *d)
{
    out *o = calloc(e->n + 1, sizeof(*o));
    for (size_t i = 0; o && i < e->n; i++)
        translate_xsd(&e->v[i], &o[i]);
    size_t no = e->n;
    /* final texts, then line order */
    size_t keep = 0;
    for (size_t i = 0; o && i < no; i++) {
        if (!o[i].message)
            continue;
        /* A generic complaint about an element is noise when a precise
         * error inside it (or on it) already says what is wrong; libxml2's
         * own errors cascade up the tree, so of those only the deepest
         * is kept. */
        int drop = 0;
        if (o[i].generic) {
            for (size_t j = 0; j < no && !drop; j++)
                drop = j != i && !o[j].generic && o[j].message &&
                       is_ancestor(o[i].node, o[j].node);
        }
        /* libxml2 repeats some errors word for word. */
        for (size_t j = 0; j < i && !drop; j++)
            drop = o[j].message && o[j].node == o[i].node &&
                   strcmp(o[j].message, o[i].message) == 0;
        if (drop) {
            out_clear(&o[i]);
            continue;
        }
        xmlNodePtr n = o[i].node;
        long line = n ? xmlGetLineNo(n) : (i < e->n ? e->v[i].line : 0);
        if (line <= 0 && i < e->n)
            line = e->v[i].line;
        o[i].line = line;
        o[i].xpath = tc_node_attr_xpath(n, o[i].attr);
        if (keep != i) {
            o[keep] = o[i];
            memset(&o[i], 0, sizeof(o[i]));
        }
        keep++;
    }
    if (o && keep)
        qsort(o, keep, sizeof(*o), by_line);
    for (size_t i = 0; o && i < keep; i++) {
        tc_diags_add(d, TC_SEV_ERROR, o[i].code, e->file, o[i].line, 0,
                     o[i].xpath, o[i].hint_owned ? o[i].hint_owned : o[i].hint,
                     "%s", o[i].message);
        out_clear(&o[i]);
    }
    if (e->dropped)
        tc_diags_add(d, TC_SEV_ERROR, TC_V_OTHER, e->file, 0, 0, NULL,
                     "fix the errors above first",
                     "%zu more schema errors not listed", e->dropped);
    for (size_t i = 0; i < e->n; i++) {
        free(e->v[i].str1);
        free(e->v[i].str2);
        free(e->v[i].msg);
    }
    free(o);
    free(e->v);
    free(e);
}
