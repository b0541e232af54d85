/* tei_build.c: the record model to a TEI P5 document (libxml2 DOM), every
 * field at the place DESIGN.md's field map names. Body text goes through
 * tei_inline.c for editorial marks. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "record/record.h"
#include "record/source_parse.h"
#include "tei/tei_inline.h"
#include "base/util.h"

#define TEI_NS       "http://www.tei-c.org/ns/1.0"
#define LCSH_SCHEME  "http://id.loc.gov/authorities/subjects"
#define DA_PUBLISHER "Wilson Center Digital Archive"

/* A builder carries the failure flag so each call site stays one line. */
typedef struct builder {
    xmlDocPtr doc;
    xmlNsPtr ns;
    int failed;
} builder;

static xmlNodePtr el(builder *b, xmlNodePtr parent, const char *name,
                     const char *text)
{
    if (b->failed)
        return NULL;
    xmlNodePtr n = xmlNewTextChild(parent, b->ns, BAD_CAST name,
                                   text ? BAD_CAST text : NULL);
    if (!n)
        b->failed = 1;
    return n;
}

static void attr(builder *b, xmlNodePtr n, const char *name, const char *value)
{
    if (b->failed || !n || !value)
        return;
    if (!xmlSetProp(n, BAD_CAST name, BAD_CAST value))
        b->failed = 1;
}

static xmlNodePtr el_attr(builder *b, xmlNodePtr parent, const char *name,
                          const char *aname, const char *avalue,
                          const char *text)
{
    xmlNodePtr n = el(b, parent, name, text);
    attr(b, n, aname, avalue);
    return n;
}

/* "Translated for NKIDP by" + persName: the resp reads as the Source
 * sentence did; people credited together share one respStmt. */
static void build_resps(builder *b, xmlNodePtr ts, const tc_record *r)
{
    const tc_resps *rs = &r->source.resps;
    for (size_t i = 0; i < rs->n && !b->failed;) {
        const tc_resp *rp = &rs->v[i];
        const char *by = strstr(rp->resp, " by");
        size_t verb = by ? (size_t)(by - rp->resp) : strlen(rp->resp);
        char *text = rp->for_org ? tc_asprintf("%.*s for %s by", (int)verb,
                                               rp->resp, rp->for_org)
                                 : tc_asprintf("%s", rp->resp);
        if (!text) {
            b->failed = 1;
            return;
        }
        text[0] = (char)toupper((unsigned char)text[0]);
        xmlNodePtr st = el(b, ts, "respStmt", NULL);
        el(b, st, "resp", text);
        free(text);
        size_t j = i;
        for (; j < rs->n && strcmp(rs->v[j].resp, rp->resp) == 0 &&
               ((!rs->v[j].for_org && !rp->for_org) ||
                (rs->v[j].for_org && rp->for_org &&
                 strcmp(rs->v[j].for_org, rp->for_org) == 0));
             j++)
            el(b, st,
               tc_name_guess_kind(rs->v[j].name) == TC_NAME_ORG ? "orgName"
                                                                : "persName",
               rs->v[j].name);
        i = j;
    }
}

static void build_title_stmt(builder *b, xmlNodePtr fd, const tc_record *r)
{
    xmlNodePtr ts = el(b, fd, "titleStmt", NULL);
    el_attr(b, ts, "title", "type", "main", r->title.text);
    /* The person-or-organisation decision is made once, here, and carried
     * in the TEI: no stylesheet guesses it again. */
    for (size_t i = 0; i < r->authors.n; i++)
        el(b, el(b, ts, "author", NULL),
           r->authors.v[i].kind == TC_NAME_ORG ? "orgName" : "persName",
           r->authors.v[i].name.text);
    for (size_t i = 0; i < r->funders.n; i++)
        el(b, ts, "funder", r->funders.v[i].text);
    build_resps(b, ts, r);
    for (size_t i = 0; i < r->contributors.n; i++) {
        const char *who = r->contributors.v[i].text;
        xmlNodePtr rs = el(b, ts, "respStmt", NULL);
        el(b, rs, "resp", "Document contributor");
        el(b, rs,
           tc_name_guess_kind(who) == TC_NAME_ORG ? "orgName" : "persName",
           who);
    }
}

static void build_publication_stmt(builder *b, xmlNodePtr fd,
                                   const tc_record *r)
{
    xmlNodePtr ps = el(b, fd, "publicationStmt", NULL);
    const char *publisher = r->publisher.text;
    if (!publisher && r->page_layout)
        publisher = DA_PUBLISHER;
    if (publisher)
        el(b, ps, "publisher", publisher);
    else
        el(b, ps, "authority", "unknown");
    if (r->record_id.text)
        el_attr(b, ps, "idno", "type", "record", r->record_id.text);
    if (r->uploaded.text) {
        xmlNodePtr dt =
            el_attr(b, ps, "date", "type", "uploaded", r->uploaded.text);
        attr(b, dt, "when", r->uploaded_iso);
    }
    if (r->rights.n) {
        xmlNodePtr lic =
            el(b, el(b, ps, "availability", NULL), "licence", NULL);
        for (size_t i = 0; i < r->rights.n; i++)
            el(b, lic, "p", r->rights.v[i].text);
    }
}

static void build_notes_stmt(builder *b, xmlNodePtr fd, const tc_record *r)
{
    if (!r->classification.n && !r->related.n && !r->doc_types.n &&
        !r->collections.n)
        return;
    xmlNodePtr ns = el(b, fd, "notesStmt", NULL);
    for (size_t i = 0; i < r->classification.n; i++)
        el_attr(b, ns, "note", "type", "classification",
                r->classification.v[i].text);
    for (size_t i = 0; i < r->doc_types.n; i++)
        el_attr(b, ns, "note", "type", "documentType", r->doc_types.v[i].text);
    for (size_t i = 0; i < r->collections.n; i++)
        el_attr(b, ns, "note", "type", "collection", r->collections.v[i].text);
    for (size_t i = 0; i < r->related.n; i++) {
        xmlNodePtr ri = el_attr(b, ns, "relatedItem", "type", "related", NULL);
        el(b, ri, "bibl", r->related.v[i].text);
    }
}

/* mainLang is the first known language, otherLangs the rest. */
static void build_text_lang(builder *b, xmlNodePtr mc, const tc_record *r)
{
    if (!r->languages.n)
        return;
    tc_buf names = {0}, others = {0};
    const char *main_lang = NULL;
    for (size_t i = 0; i < r->languages.n; i++) {
        const tc_lang *l = &r->languages.v[i];
        if (names.len)
            tc_buf_puts(&names, ", ");
        tc_buf_puts(&names, l->name.text);
        if (!l->bcp47)
            continue;
        if (!main_lang) {
            main_lang = l->bcp47;
        } else {
            if (others.len)
                tc_buf_putc(&others, ' ');
            tc_buf_puts(&others, l->bcp47);
        }
    }
    char *n = tc_buf_take(&names);
    char *o = tc_buf_take(&others);
    xmlNodePtr tl = el(b, mc, "textLang", n);
    attr(b, tl, "mainLang", main_lang);
    if (o && *o)
        attr(b, tl, "otherLangs", o);
    free(n);
    free(o);
}

static void build_source_desc(builder *b, xmlNodePtr fd, const tc_record *r)
{
    xmlNodePtr sd = el(b, fd, "sourceDesc", NULL);
    const tc_source *s = &r->source;
    int has_ms = s->repository || s->reference || r->archive.n || s->locus ||
                 r->languages.n;
    if (has_ms) {
        xmlNodePtr ms = el(b, sd, "msDesc", NULL);
        xmlNodePtr mi = el(b, ms, "msIdentifier", NULL);
        if (r->archive.n) {
            el(b, mi, s->repository ? "institution" : "repository",
               r->archive.v[0].text);
        }
        if (s->repository)
            el(b, mi, "repository", s->repository);
        if (s->reference)
            el(b, mi, "idno", s->reference);
        if (!r->archive.n && !s->repository && !s->reference)
            el(b, mi, "msName", r->title.text);
        if (s->locus || r->languages.n) {
            xmlNodePtr mc = el(b, ms, "msContents", NULL);
            build_text_lang(b, mc, r);
            if (s->locus) {
                xmlNodePtr item = el(b, mc, "msItem", NULL);
                el(b, item, "locus", s->locus);
                el(b, item, "title", r->title.text);
            }
        }
    }
    if (s->printed.text)
        el(b, sd, "bibl", s->printed.text);
    if (r->citation.text)
        el_attr(b, sd, "bibl", "type", "citation", r->citation.text);
    if (!s->printed.text && !r->citation.text && !has_ms)
        el(b, sd, "p", "No source information was given with the record.");
}

/* The summary: a p per paragraph (they are separated by '\n'). */
static void build_abstract(builder *b, xmlNodePtr pd, const char *summary)
{
    xmlNodePtr ab = el(b, pd, "abstract", NULL);
    for (const char *p = summary; !b->failed && p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *para = tc_strndup(p, n);
        if (!para) {
            b->failed = 1;
            break;
        }
        if (*para)
            el(b, ab, "p", para);
        free(para);
        p = nl ? nl + 1 : NULL;
    }
}

static void build_profile_desc(builder *b, xmlNodePtr th, const tc_record *r)
{
    xmlNodePtr pd = el(b, th, "profileDesc", NULL);
    if (r->summary.text)
        build_abstract(b, pd, r->summary.text);
    if (r->date.printed.text) {
        xmlNodePtr dt =
            el(b, el(b, pd, "creation", NULL), "date", r->date.printed.text);
        attr(b, dt, "when", r->date.when);
        attr(b, dt, "from", r->date.from);
        attr(b, dt, "to", r->date.to);
        attr(b, dt, "notBefore", r->date.not_before);
        attr(b, dt, "notAfter", r->date.not_after);
        if (r->date.uncertain)
            attr(b, dt, "cert", "low");
        else if (r->date.editorial)
            attr(b, dt, "cert", "medium");
    }
    xmlNodePtr lu = el(b, pd, "langUsage", NULL);
    el_attr(b, lu, "language", "ident", "en", "English");
    if (!r->subjects.n && !r->places.n && !r->names.n && !r->topics.n)
        return;
    xmlNodePtr tc = el(b, pd, "textClass", NULL);
    if (r->subjects.n) {
        xmlNodePtr kw = el_attr(b, tc, "keywords", "scheme", LCSH_SCHEME, NULL);
        for (size_t i = 0; i < r->subjects.n; i++)
            el(b, kw, "term", r->subjects.v[i].text);
    }
    if (r->places.n) {
        xmlNodePtr kw = el_attr(b, tc, "keywords", "n", "places", NULL);
        for (size_t i = 0; i < r->places.n; i++)
            el(b, el(b, kw, "term", NULL), "placeName", r->places.v[i].text);
    }
    if (r->names.n) {
        xmlNodePtr kw = el_attr(b, tc, "keywords", "n", "names", NULL);
        for (size_t i = 0; i < r->names.n; i++)
            el(b, el(b, kw, "term", NULL),
               r->names.v[i].kind == TC_NAME_ORG ? "orgName" : "persName",
               r->names.v[i].name.text);
    }
    if (r->topics.n) {
        xmlNodePtr kw = el_attr(b, tc, "keywords", "n", "topics", NULL);
        for (size_t i = 0; i < r->topics.n; i++)
            el(b, kw, "term", r->topics.v[i].text);
    }
}

static void build_encoding_desc(builder *b, xmlNodePtr th)
{
    xmlNodePtr ai = el(b, el(b, th, "encodingDesc", NULL), "appInfo", NULL);
    xmlNodePtr app = el(b, ai, "application", NULL);
    attr(b, app, "ident", "teiconv");
    attr(b, app, "version", tc_version());
    el(b, app, "label", "teiconv");
}

static void build_body(builder *b, xmlNodePtr text, const tc_record *r)
{
    xmlNodePtr div =
        el_attr(b, el(b, text, "body", NULL), "div", "type", "document", NULL);
    el(b, div, "head", r->title.text);
    if (b->failed)
        return;
    if (tc_inline_blocks(div, b->ns, &r->body) != TC_OK)
        b->failed = 1;
}

tc_status tc_tei_build(const tc_record *r, xmlDocPtr *out, tc_diags *d)
{
    (void)d;
    *out = NULL;
    builder b = {0};
    b.doc = xmlNewDoc(BAD_CAST "1.0");
    if (!b.doc)
        return TC_E_NOMEM;
    xmlNodePtr tei = xmlNewDocNode(b.doc, NULL, BAD_CAST "TEI", NULL);
    if (!tei) {
        xmlFreeDoc(b.doc);
        return TC_E_NOMEM;
    }
    xmlDocSetRootElement(b.doc, tei);
    b.ns = xmlNewNs(tei, BAD_CAST TEI_NS, NULL);
    if (!b.ns)
        b.failed = 1;
    xmlSetNs(tei, b.ns);
    xmlNodePtr th = el(&b, tei, "teiHeader", NULL);
    xmlNodePtr fd = el(&b, th, "fileDesc", NULL);
    build_title_stmt(&b, fd, r);
    build_publication_stmt(&b, fd, r);
    build_notes_stmt(&b, fd, r);
    build_source_desc(&b, fd, r);
    build_encoding_desc(&b, th);
    build_profile_desc(&b, th, r);
    build_body(&b, el(&b, tei, "text", NULL), r);
    if (b.failed) {
        xmlFreeDoc(b.doc);
        return TC_E_NOMEM;
    }
    *out = b.doc;
    return TC_OK;
}
