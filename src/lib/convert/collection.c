/* collection.c: one finding aid (and one index page) for a whole batch.
 * Records are added one at a time from their TEI files; the collection
 * keeps, under one <teiCorpus>, each record's <TEI> with @n = its output
 * stem, its teiHeader whole, and of its text only the skeleton the
 * collection stylesheets read (divisions with their heads and datelines),
 * so memory grows with the headers, not with the bodies. The collection
 * owns its DOM; rendering borrows it. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "convert/output_gate.h"
#include "xslt/engine.h"
#include "base/util.h"
#include "xml/xml_input.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

struct tc_collection {
    xmlDocPtr doc; /* <teiCorpus> of the records added */
    size_t count;
    char *finding_aid; /* owned; the index links to it; NULL: no link */
};

tc_collection *tc_collection_new(void)
{
    tc_collection *c = calloc(1, sizeof(*c));
    if (!c)
        return NULL;
    c->doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = c->doc ? xmlNewNode(NULL, BAD_CAST "teiCorpus") : NULL;
    xmlNsPtr ns = root ? xmlNewNs(root, BAD_CAST TEI_NS, NULL) : NULL;
    if (!ns) {
        xmlFreeNode(root);
        tc_collection_free(c);
        return NULL;
    }
    xmlSetNs(root, ns);
    xmlDocSetRootElement(c->doc, root);
    return c;
}

void tc_collection_free(tc_collection *c)
{
    if (!c)
        return;
    xmlFreeDoc(c->doc);
    free(c->finding_aid);
    free(c);
}

tc_status tc_collection_set_finding_aid(tc_collection *c, const char *name)
{
    char *copy = name ? tc_strdup(name) : NULL;
    if (name && !copy)
        return TC_E_NOMEM;
    free(c->finding_aid);
    c->finding_aid = copy;
    return TC_OK;
}

size_t tc_collection_count(const tc_collection *c)
{
    return c ? c->count : 0;
}

static int is_tei(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, BAD_CAST TEI_NS) &&
           (!name || xmlStrEqual(n->name, BAD_CAST name));
}

/* Copy into parent the skeleton of from's children: text divisions (and
 * the containers holding them) shallow, their heads and datelines whole;
 * everything else (paragraphs, notes, lists) is left behind. 0 when out
 * of memory. */
static int copy_skeleton(xmlNodePtr from, xmlNodePtr parent)
{
    static const char *const containers[] = {"text",  "front", "body", "back",
                                             "group", "div",   NULL};
    for (xmlNodePtr k = from->children; k; k = k->next) {
        if (!is_tei(k, NULL))
            continue;
        if (is_tei(k, "head") || is_tei(k, "dateline")) {
            xmlNodePtr copy = xmlDocCopyNode(k, parent->doc, 1);
            if (!copy || !xmlAddChild(parent, copy))
                return xmlFreeNode(copy), 0;
            continue;
        }
        for (size_t i = 0; containers[i]; i++) {
            if (!xmlStrEqual(k->name, BAD_CAST containers[i]))
                continue;
            xmlNodePtr copy = xmlDocCopyNode(k, parent->doc, 2);
            if (!copy || !xmlAddChild(parent, copy))
                return xmlFreeNode(copy), 0;
            if (!copy_skeleton(k, copy))
                return 0;
            break;
        }
    }
    return 1;
}

tc_status tc_collection_add_file(tc_collection *c, const char *tei_path,
                                 const char *stem, tc_diags *d)
{
    char *bytes = NULL;
    size_t len = 0;
    tc_status st = tc_file_read(tei_path, &bytes, &len, d);
    if (st != TC_OK)
        return st;
    xmlDocPtr in = NULL;
    st = tc_xml_parse_safe(bytes, len, tei_path, &in, d);
    free(bytes);
    if (st != TC_OK)
        return st;
    xmlNodePtr root = xmlDocGetRootElement(in);
    if (!is_tei(root, "TEI")) {
        tc_diags_add(d, TC_SEV_ERROR, "TC095", tei_path, 0, 0, NULL,
                     "only TEI records (text records and TEI inputs) join "
                     "the collection finding aid",
                     "not a TEI record: left out of the collection");
        xmlFreeDoc(in);
        return TC_E_INVALID;
    }
    xmlNodePtr tei = xmlDocCopyNode(root, c->doc, 2);
    int ok = tei && xmlAddChild(xmlDocGetRootElement(c->doc), tei);
    if (!ok)
        xmlFreeNode(tei);
    ok = ok && xmlSetProp(tei, BAD_CAST "n", BAD_CAST stem);
    for (xmlNodePtr k = root->children; ok && k; k = k->next) {
        if (is_tei(k, "teiHeader")) {
            xmlNodePtr h = xmlDocCopyNode(k, c->doc, 1);
            ok = h && xmlAddChild(tei, h);
            if (!ok)
                xmlFreeNode(h);
        } else if (is_tei(k, "text")) {
            xmlNodePtr t = xmlDocCopyNode(k, c->doc, 2);
            ok = t && xmlAddChild(tei, t);
            if (!ok)
                xmlFreeNode(t);
            ok = ok && copy_skeleton(k, t);
        }
    }
    xmlFreeDoc(in);
    if (!ok)
        return TC_E_NOMEM;
    c->count++;
    return TC_OK;
}

tc_status tc_collection_render(const tc_engine *e, const tc_collection *c,
                               tc_format f, const char *title, const char *id,
                               char **out, size_t *out_len, tc_diags *d)
{
    const char *name = f == TC_FMT_EAD    ? "batch/collection2ead.xsl"
                       : f == TC_FMT_HTML ? "batch/collection2html.xsl"
                                          : NULL;
    if (!name || !c)
        return TC_E_USAGE;
    const char *params[13] = {NULL};
    size_t n = 0;
    if (title && *title) {
        params[n++] = "collection-title";
        params[n++] = title;
    }
    if (id && *id) {
        params[n++] = "collection-id";
        params[n++] = id;
    }
    if (f == TC_FMT_HTML && c->finding_aid) {
        params[n++] = "finding-aid-href";
        params[n++] = c->finding_aid;
    }
    tc_engine_publish_params(e, params + n, 6);
    /* the finding aid passes the output gate like every EAD output */
    int gated = tc_output_gate_covers(f) && tc_engine_output_check(e);
    xmlDocPtr tree = NULL;
    tc_status st = tc_engine_run_named(e, name, c->doc, params, out, out_len,
                                       gated ? &tree : NULL, d);
    if (st == TC_OK && gated &&
        tc_output_gate(e, f, 0, tree, *out, *out_len, "collection", d) !=
            TC_OK) {
        free(*out);
        *out = NULL;
        *out_len = 0;
        st = TC_E_INVALID;
    }
    xmlFreeDoc(tree);
    return st;
}
