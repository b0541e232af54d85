/* validate_rules.c: checks schemas cannot express (ISO dates, date ranges,
 * record IDs, language codes, EAD did, summary vs title, empty fields). */
#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

#include "base/util.h"
#include "validate/validate.h"
#include "xml/node_path.h"
#include "xml/xml_walk.h"

#define TC_R_DATE    "TC401" /* ISO date not well-formed */
#define TC_R_FUTURE  "TC402" /* date in the future */
#define TC_R_RANGE   "TC403" /* start after end */
#define TC_R_NOID    "TC404" /* record ID missing */
#define TC_R_DUPID   "TC405" /* record ID used twice in a batch */
#define TC_R_LANG    "TC406" /* language code unknown */
#define TC_R_DID     "TC407" /* EAD did lacks a required child */
#define TC_R_SUMMARY "TC408" /* summary is a copy of the title */
#define TC_R_EMPTY   "TC409" /* element that should have text is empty */

typedef struct ctx {
    const char *file;
    tc_diags *d;
    tc_doctype type;
    int today; /* yyyymmdd, UTC */
} ctx;

static void report(ctx *c, tc_severity sev, const char *code, xmlNodePtr n,
                   const char *attr, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void report(ctx *c, tc_severity sev, const char *code, xmlNodePtr n,
                   const char *attr, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = tc_vasprintf(fmt, ap);
    va_end(ap);
    tc_diag_at_node(c->d, sev, code, c->file, n, attr, hint, msg);
    free(msg);
}

static int named(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE &&
           strcmp((const char *)n->name, name) == 0;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (named(c, name))
            return c;
    return NULL;
}

/* Follow a "a/b/c" path of child names from n. */
static xmlNodePtr path(xmlNodePtr n, const char *p)
{
    char buf[64];
    while (n && *p) {
        const char *slash = strchr(p, '/');
        size_t len = slash ? (size_t)(slash - p) : strlen(p);
        if (len >= sizeof(buf))
            return NULL;
        memcpy(buf, p, len);
        buf[len] = '\0';
        n = child(n, buf);
        p += len + (slash ? 1 : 0);
    }
    return n;
}

/* The element's text with white space runs collapsed; caller frees. */
static char *norm_text(xmlNodePtr n)
{
    xmlChar *raw = xmlNodeGetContent(n);
    if (!raw)
        return tc_strdup("");
    tc_buf b = {0};
    int space = 0;
    for (const xmlChar *p = raw; *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = 1;
            continue;
        }
        if (space && b.len)
            tc_buf_putc(&b, ' ');
        space = 0;
        tc_buf_putc(&b, (char)*p);
    }
    xmlFree(raw);
    return tc_buf_take(&b);
}

static int has_text(xmlNodePtr n)
{
    char *t = norm_text(n);
    int r = t && *t;
    free(t);
    return r;
}

/* ---- dates ----------------------------------------------------------- */

/* A parsed ISO 8601 date: its earliest and latest day as yyyymmdd. */
typedef struct span {
    long lo, hi;
} span;

static int days_in(long y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Read YYYY, YYYY-MM, YYYY-MM-DD (optionally followed by a time, which is
 * only checked for shape); a leading '-' for years BCE. 1 when well-formed. */
static int iso_read(const char *s, span *out)
{
    int neg = 0;
    if (*s == '-') {
        neg = 1;
        s++;
    }
    size_t yl = 0;
    while (isdigit((unsigned char)s[yl]))
        yl++;
    if (yl < 4)
        return 0;
    long y = strtol(s, NULL, 10);
    if (neg)
        y = -y;
    s += yl;
    int m = 0, d = 0;
    if (*s == '-') {
        if (!digits(s + 1, 2))
            return 0;
        m = (s[1] - '0') * 10 + (s[2] - '0');
        if (m < 1 || m > 12)
            return 0;
        s += 3;
        if (*s == '-') {
            if (!digits(s + 1, 2))
                return 0;
            d = (s[1] - '0') * 10 + (s[2] - '0');
            if (d < 1 || d > days_in(y, m))
                return 0;
            s += 3;
        }
    }
    if (*s == 'T') {
        if (!d || !digits(s + 1, 2) || s[3] != ':' || !digits(s + 4, 2))
            return 0;
        s += 6;
        if (*s == ':') {
            if (!digits(s + 1, 2))
                return 0;
            s += 3;
            if (*s == '.') {
                s++;
                while (isdigit((unsigned char)*s))
                    s++;
            }
        }
        if (*s == 'Z')
            s++;
        else if ((*s == '+' || *s == '-') && digits(s + 1, 2) && s[3] == ':' &&
                 digits(s + 4, 2))
            s += 6;
    }
    if (*s)
        return 0;
    out->lo = y * 10000 + (m ? m : 1) * 100 + (d ? d : 1);
    out->hi = y * 10000 + (m ? m : 12) * 100 + (d ? d : days_in(y, m ? m : 12));
    return 1;
}

/* Check one date attribute; on success *sp holds its span. */
static int check_date(ctx *c, xmlNodePtr n, const char *attr, span *sp)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST attr);
    if (!v)
        return 0;
    int ok = iso_read((const char *)v, sp);
    if (!ok)
        report(c, TC_SEV_ERROR, TC_R_DATE, n, attr,
               "write the date as ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD",
               "@%s=\"%s\" is not an ISO 8601 date", attr, (const char *)v);
    else if (sp->lo > c->today)
        report(c, TC_SEV_WARNING, TC_R_FUTURE, n, attr,
               "check the year: a record's dates cannot be later than today",
               "@%s=\"%s\" is in the future", attr, (const char *)v);
    xmlFree(v);
    return ok;
}

static void check_range(ctx *c, xmlNodePtr n, const char *a, const span *from,
                        const char *b, const span *to)
{
    if (from->lo > to->hi)
        report(c, TC_SEV_ERROR, TC_R_RANGE, n, a,
               "swap the two dates, or correct the one that is wrong",
               "the range starts (@%s) after it ends (@%s)", a, b);
}

/* EAD 2002 @normal: a date or "start/end". */
static void check_normal(ctx *c, xmlNodePtr n)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST "normal");
    if (!v)
        return;
    char *s = (char *)v;
    char *slash = strchr(s, '/');
    span a, b;
    int ok;
    if (slash) {
        *slash = '\0';
        ok = iso_read(s, &a) && iso_read(slash + 1, &b);
        *slash = '/';
    } else {
        ok = iso_read(s, &a);
        b = a;
    }
    if (!ok)
        report(c, TC_SEV_ERROR, TC_R_DATE, n, "normal",
               "write @normal as ISO 8601, a range as start/end (1914/1989)",
               "@normal=\"%s\" is not an ISO 8601 date or range", s);
    else if (a.lo > b.hi)
        report(c, TC_SEV_ERROR, TC_R_RANGE, n, "normal",
               "write the earlier date first",
               "@normal=\"%s\" starts after it ends", s);
    else if (a.lo > c->today)
        report(c, TC_SEV_WARNING, TC_R_FUTURE, n, "normal",
               "check the year: a record's dates cannot be later than today",
               "@normal=\"%s\" is in the future", s);
    xmlFree(v);
}

/* TEI elements whose @from/@to are W3C dates (att.datable members that
 * teiconv and archival records use). */
static int tei_datable(xmlNodePtr n)
{
    /* clang-format off */
    static const char *const names[] = {
        "date", "origDate", "docDate", "time", "birth", "death", "floruit",
        "event", "residence", "occupation", "affiliation", "education",
        "state", "trait", "change", "licence", "creation", "persName",
        "placeName", "orgName", "name", "idno", "title", "unitDate", NULL};
    for (size_t i = 0; names[i]; i++)
        if (named(n, names[i]))
            return 1;
    return 0;
}

static void check_dates(ctx *c, xmlNodePtr n)
{
    span a, b;
    if (c->type == TC_DOC_TEI) {
        span w;
        check_date(c, n, "when", &w);
        /* @from/@to are dates only on datable elements (on locus,
         * biblScope, span ... they are folio or line references) */
        int hf = 0, ht = 0;
        if (tei_datable(n)) {
            hf = check_date(c, n, "from", &a);
            ht = check_date(c, n, "to", &b);
            if (hf && ht)
                check_range(c, n, "from", &a, "to", &b);
        }
        hf = check_date(c, n, "notBefore", &a);
        ht = check_date(c, n, "notAfter", &b);
        if (hf && ht)
            check_range(c, n, "notBefore", &a, "notAfter", &b);
    } else if (c->type == TC_DOC_EAD) {
        if (named(n, "unitdate") || named(n, "date"))
            check_normal(c, n);
    } else if (c->type == TC_DOC_EAD3) {
        span s;
        if (xmlHasProp(n, BAD_CAST "standarddate"))
            check_date(c, n, "standarddate", &s);
        int hf = check_date(c, n, "notbefore", &a), ht = check_date(c, n, "notafter", &b);
        if (hf && ht)
            check_range(c, n, "notbefore", &a, "notafter", &b);
        if (named(n, "daterange")) {
            xmlNodePtr f = child(n, "fromdate"), t = child(n, "todate");
            xmlChar *fv = f ? xmlGetProp(f, BAD_CAST "standarddate") : NULL;
            xmlChar *tv = t ? xmlGetProp(t, BAD_CAST "standarddate") : NULL;
            if (fv && tv && iso_read((char *)fv, &a) && iso_read((char *)tv, &b) &&
                a.lo > b.hi)
                report(c, TC_SEV_ERROR, TC_R_RANGE, f, "standarddate",
                       "swap the two dates, or correct the one that is wrong",
                       "the range starts (%s) after it ends (%s)", (char *)fv, (char *)tv);
            xmlFree(fv);
            xmlFree(tv);
        }
    }
}

/* ---- language codes -------------------------------------------------- */

/* ISO 639-1 codes: the two-letter primary subtags of BCP 47. */
static const char iso639_1[] =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce "
    "ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr "
    "fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is "
    "it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln "
    "lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk "
    "sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw "
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/* 1 when tag is a BCP 47 tag whose primary subtag we know (two-letter
 * ISO 639-1, or any three-letter ISO 639-2/3 shape, or private use). */
static int bcp47_ok(const char *tag)
{
    if (!*tag)
        return 1; /* xml:lang="" is allowed: "no language" */
    if ((tag[0] == 'x' || tag[0] == 'X') && tag[1] == '-')
        return 1;
    size_t n = 0;
    while (isalpha((unsigned char)tag[n]))
        n++;
    if (n == 2) {
        char lc[3] = {(char)tolower((unsigned char)tag[0]),
                      (char)tolower((unsigned char)tag[1]), 0};
        const char *p = strstr(iso639_1, lc);
        if (!p || (p != iso639_1 && p[-1] != ' ') || (p[2] && p[2] != ' '))
            return 0;
    } else if (n != 3) {
        return 0;
    }
    const char *s = tag + n;
    while (*s) {
        if (*s != '-')
            return 0;
        s++;
        size_t k = 0;
        while (isalnum((unsigned char)s[k]))
            k++;
        if (k < 1 || k > 8)
            return 0;
        s += k;
    }
    return 1;
}

static void check_lang_value(ctx *c, xmlNodePtr n, const char *attr,
                             const char *value, int iso639_2)
{
    if (iso639_2) {
        int ok = strlen(value) == 3 && islower((unsigned char)value[0]) &&
                 islower((unsigned char)value[1]) && islower((unsigned char)value[2]);
        if (!ok)
            report(c, TC_SEV_WARNING, TC_R_LANG, n, attr,
                   "use a lower-case ISO 639-2/B code such as ger, eng, rus",
                   "@%s=\"%s\" is not an ISO 639-2/B language code", attr, value);
    } else if (!bcp47_ok(value)) {
        report(c, TC_SEV_WARNING, TC_R_LANG, n, attr,
               "use a BCP 47 tag whose first part is an ISO 639 code (en, ru, zh-Hant, grc)",
               "@%s=\"%s\" is not a known language code", attr, value);
    }
}

static void check_langs(ctx *c, xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetLang(n);
    /* xml:lang is inherited: only check where it is written */
    xmlAttrPtr own = xmlHasNsProp(n, BAD_CAST "lang", XML_XML_NAMESPACE);
    if (v && own)
        check_lang_value(c, n, "xml:lang", (const char *)v, 0);
    xmlFree(v);
    if (c->type == TC_DOC_TEI) {
        static const char *const attrs[] = {"mainLang", "ident", "otherLangs"};
        for (size_t i = 0; i < 3; i++) {
            if (i == 1 && !named(n, "language"))
                continue;
            xmlChar *a = xmlGetNoNsProp(n, BAD_CAST attrs[i]);
            if (!a)
                continue;
            /* otherLangs is a list */
            const char *p = (const char *)a;
            while (*p) {
                while (*p == ' ')
                    p++;
                size_t k = strcspn(p, " ");
                if (k) {
                    char *one = tc_strndup(p, k);
                    if (one)
                        check_lang_value(c, n, attrs[i], one, 0);
                    free(one);
                }
                p += k;
            }
            xmlFree(a);
        }
    } else if (named(n, "language")) {
        xmlChar *a = xmlGetNoNsProp(n, BAD_CAST "langcode");
        if (a)
            check_lang_value(c, n, "langcode", (const char *)a, 1);
        xmlFree(a);
    }
}

/* ---- structure ------------------------------------------------------- */

static void check_empty(ctx *c, xmlNodePtr n)
{
    static const char *const tei[] = {"title", "author", "idno", "term", "licence", NULL};
    static const char *const ead[] = {"unittitle", "unitid", "eadid", "titleproper",
                                      "abstract", "recordid", "persname", "corpname",
                                      "subject", "geogname", NULL};
    const char *const *list = c->type == TC_DOC_TEI ? tei : ead;
    for (size_t i = 0; list[i]; i++) {
        if (!named(n, list[i]))
            continue;
        if (c->type == TC_DOC_TEI && strcmp(list[i], "title") == 0 &&
            !(n->parent && named(n->parent, "titleStmt")))
            return;
        if (c->type == TC_DOC_TEI && strcmp(list[i], "idno") == 0) {
            /* only the record ID must have a value */
            xmlChar *type = xmlGetNoNsProp(n, BAD_CAST "type");
            int rec = type && strcmp((const char *)type, "record") == 0;
            xmlFree(type);
            if (!rec)
                return;
        }
        int has_child = 0;
        for (xmlNodePtr k = n->children; k && !has_child; k = k->next)
            has_child = k->type == XML_ELEMENT_NODE;
        if (!has_child && !has_text(n))
            report(c, TC_SEV_WARNING, TC_R_EMPTY, n, NULL,
                   "fill in the value, or remove the element",
                   "<%s> is empty", list[i]);
        return;
    }
}

/* EAD: a did must say what the unit is (DACS): a title or a date; the
 * collection-level did also an identifier. */
static void check_did(ctx *c, xmlNodePtr did)
{
    int title = child(did, "unittitle") != NULL;
    int date = child(did, "unitdate") || child(did, "unitdatestructured");
    int id = child(did, "unitid") != NULL;
    int top = did->parent && named(did->parent, "archdesc");
    if (!title && !date)
        report(c, TC_SEV_ERROR, TC_R_DID, did, NULL,
               "add a <unittitle> (or at least a <unitdate>) to the did",
               "<did> has neither <unittitle> nor a date");
    else if (top && !id)
        report(c, TC_SEV_WARNING, TC_R_DID, did, NULL,
               "add the collection's identifier as <unitid>",
               "the archdesc <did> has no <unitid>");
}

static void check_summary(ctx *c, xmlNodePtr root)
{
    xmlNodePtr title = NULL, summary = NULL;
    if (c->type == TC_DOC_TEI) {
        xmlNodePtr ts = path(root, "teiHeader/fileDesc/titleStmt");
        for (xmlNodePtr t = ts ? ts->children : NULL; t; t = t->next) {
            if (!named(t, "title"))
                continue;
            xmlChar *type = xmlGetNoNsProp(t, BAD_CAST "type");
            int main = type && strcmp((const char *)type, "main") == 0;
            xmlFree(type);
            if (!title || main)
                title = t;
            if (main)
                break;
        }
        summary = path(root, "teiHeader/profileDesc/abstract");
    } else {
        xmlNodePtr did = path(root, "archdesc/did");
        title = child(did, "unittitle");
        summary = child(did, "abstract");
    }
    if (!title || !summary)
        return;
    char *a = norm_text(title), *b = norm_text(summary);
    if (a && b && *a && strcmp(a, b) == 0)
        report(c, TC_SEV_WARNING, TC_R_SUMMARY, summary, NULL,
               "write a summary of the content, or leave the summary out",
               "the summary repeats the title word for word");
    free(a);
    free(b);
}

static void check_record_id(ctx *c, xmlNodePtr root)
{
    xmlNodePtr id = NULL;
    const char *where;
    if (c->type == TC_DOC_TEI) {
        if (!named(root, "TEI"))
            return;
        xmlNodePtr ps = path(root, "teiHeader/fileDesc/publicationStmt");
        id = child(ps, "idno");
        where = "teiHeader/fileDesc/publicationStmt/idno";
    } else if (c->type == TC_DOC_EAD) {
        id = path(root, "eadheader/eadid");
        where = "eadheader/eadid";
    } else {
        id = path(root, "control/recordid");
        where = "control/recordid";
    }
    if (!id)
        report(c, TC_SEV_WARNING, TC_R_NOID, root, NULL,
               "give the record its identifier so batches can be checked for duplicates",
               "no record identifier (%s)", where);
}

static int today_ymd(void)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

tc_status tc_rules_check(xmlDocPtr doc, const char *file, tc_deadline *dl,
                         tc_diags *d)
{
    ctx c = {file, d, tc_doctype_detect(doc), today_ymd()};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    /* a DC record's fields are free text: its schema says all there is */
    if (!root || c.type == TC_DOC_UNKNOWN || c.type == TC_DOC_DC)
        return TC_OK;
    size_t before = tc_diags_errors(d);
    check_record_id(&c, root);
    check_summary(&c, root);
    if (c.type == TC_DOC_TEI)
        tc_tei_constraints(doc, file, dl, d);
    xmlNodePtr n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            if (tc_deadline_step(dl))
                break;
            check_dates(&c, n);
            check_langs(&c, n);
            check_empty(&c, n);
            if (c.type != TC_DOC_TEI && named(n, "did"))
                check_did(&c, n);
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        n = tc_node_after(n, root);
    }
    return tc_diags_errors(d) > before ? TC_E_INVALID : TC_OK;
}

tc_status tc_validate_rules(xmlDocPtr doc, const char *file, tc_diags *d)
{
    return tc_rules_check(doc, file, NULL, d);
}

/* ---- record IDs across a batch --------------------------------------- */

struct tc_idset {
    pthread_mutex_t lock;
    xmlHashTablePtr seen; /* id -> first file (owned copy) */
};
/* clang-format on */

tc_idset *tc_idset_new(void)
{
    tc_idset *s = calloc(1, sizeof(*s));
    if (!s)
        return NULL;
    s->seen = xmlHashCreate(1024);
    if (!s->seen) {
        free(s);
        return NULL;
    }
    pthread_mutex_init(&s->lock, NULL);
    return s;
}

static void free_entry(void *payload, const xmlChar *name)
{
    (void)name;
    free(payload);
}

void tc_idset_free(tc_idset *s)
{
    if (!s)
        return;
    xmlHashFree(s->seen, free_entry);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

void tc_record_id_get(xmlDocPtr doc, tc_record_id *out)
{
    memset(out, 0, sizeof(*out));
    xmlNodePtr root = xmlDocGetRootElement(doc);
    tc_doctype t = tc_doctype_detect(doc);
    xmlNodePtr id = NULL;
    if (t == TC_DOC_TEI) {
        xmlNodePtr ps = path(root, "teiHeader/fileDesc/publicationStmt");
        for (xmlNodePtr k = ps ? ps->children : NULL; k; k = k->next) {
            if (!named(k, "idno"))
                continue;
            xmlChar *type = xmlGetNoNsProp(k, BAD_CAST "type");
            int rec = type && strcmp((const char *)type, "record") == 0;
            xmlFree(type);
            if (!id || rec)
                id = k;
            if (rec)
                break;
        }
    } else if (t == TC_DOC_EAD) {
        id = path(root, "eadheader/eadid");
    } else if (t == TC_DOC_EAD3) {
        id = path(root, "control/recordid");
    }
    char *value = id ? norm_text(id) : NULL;
    if (!value || !*value) {
        free(value);
        return;
    }
    out->type = t;
    out->value = value;
    out->line = xmlGetLineNo(id);
    out->xpath = tc_node_xpath(id);
}

void tc_record_id_clear(tc_record_id *r)
{
    free(r->value);
    free(r->xpath);
    memset(r, 0, sizeof(*r));
}

tc_status tc_idset_note(tc_idset *s, const tc_record_id *r, const char *file,
                        tc_diags *d)
{
    if (!r->value)
        return TC_OK;
    /* one record converted to TEI, EAD and EAD3 keeps its identifier in
     * each: only documents of the same type can clash */
    char *key = tc_asprintf("%s\t%s", tc_doctype_name(r->type), r->value);
    if (!key)
        return TC_E_NOMEM;
    tc_status st = TC_OK;
    pthread_mutex_lock(&s->lock);
    const char *first = xmlHashLookup(s->seen, BAD_CAST key);
    if (first) {
        tc_diags_add(d, TC_SEV_ERROR, TC_R_DUPID, file, r->line, 0, r->xpath,
                     "each record in a batch needs its own identifier",
                     "record ID \"%s\" is also used by %s", r->value, first);
        st = TC_E_INVALID;
    } else {
        char *copy = tc_strdup(file ? file : "<input>");
        if (copy && xmlHashAddEntry(s->seen, BAD_CAST key, copy) != 0)
            free(copy);
    }
    pthread_mutex_unlock(&s->lock);
    free(key);
    return st;
}

tc_status tc_idset_check(tc_idset *s, xmlDocPtr doc, const char *file,
                         tc_diags *d)
{
    tc_record_id r;
    tc_record_id_get(doc, &r);
    tc_status st = tc_idset_note(s, &r, file, d);
    tc_record_id_clear(&r);
    return st;
}
