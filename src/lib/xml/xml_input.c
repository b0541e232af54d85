/* xml_input.c: existing XML inputs read safely (no network, no external
 * entities, no DTD loading) with parse errors turned into diagnostics. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "base/deadline.h"
#include "base/util.h"
#include "xml/entity_expand.h"
#include "xml/node_size.h"
#include "xml/xml_input.h"

int tc_bytes_look_like_xml(const char *bytes, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (bytes[i] == ' ' || bytes[i] == '\t' ||
                       bytes[i] == '\r' || bytes[i] == '\n'))
        i++;
    return i < len && bytes[i] == '<';
}

static void too_deep(tc_diags *d, const char *file, int line,
                     unsigned max_depth)
{
    const char *hint =
        max_depth < TC_MAX_DEPTH_CEILING
            ? "if the file is genuine, raise --max-depth (at most 256)"
            : "256 levels is the most teiconv reads (libxml2's limit): such "
              "nesting is a broken or hostile file";
    tc_diags_add(d, TC_SEV_ERROR, "TC056", file, line, 0, NULL, hint,
                 "XML elements nested more than %u deep: input refused",
                 max_depth);
}

/* The deepest element nesting below root (1 for a lone root), walked
 * without recursion; stops counting once past limit. */
static unsigned element_depth(xmlNodePtr root, unsigned limit,
                              xmlNodePtr *deepest)
{
    unsigned depth = 0, max = 0;
    xmlNodePtr n = root;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            depth++;
            if (depth > max) {
                max = depth;
                *deepest = n;
                if (max > limit)
                    return max;
            }
            if (n->children) {
                n = n->children;
                continue;
            }
            depth--;
        }
        while (n != root && !n->next) {
            n = n->parent;
            depth--; /* leaving an element: only elements have children */
        }
        if (n == root)
            break;
        n = n->next;
    }
    return max;
}

typedef struct parse_errors {
    tc_diags *d;
    const char *file;
    unsigned max_depth; /* named when libxml2 stops at its ceiling */
    int past_ceiling;   /* a node passed libxml2's size ceiling: the errors
                           that follow from it are not the file's */
    /* a stop request ends a long parse: libxml2's own tree builders,
     * called through ours, which count steps on a deadline with no budget
     * (only a stop cuts it, and only after TC_DEADLINE_STOP_AFTER) */
    tc_deadline dl;
    int stopped;
    startElementNsSAX2Func start_element;
    charactersSAXFunc characters;
} parse_errors;

static void step(xmlParserCtxtPtr ctxt)
{
    parse_errors *pe = ctxt->_private;
    if (!pe->stopped && tc_deadline_step(&pe->dl)) {
        pe->stopped = 1;
        xmlStopParser(ctxt);
    }
}

static void on_start_element(void *ctx, const xmlChar *localname,
                             const xmlChar *prefix, const xmlChar *uri,
                             int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted,
                             const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_errors *pe = ctxt->_private;
    pe->start_element(ctx, localname, prefix, uri, nb_namespaces, namespaces,
                      nb_attributes, nb_defaulted, attributes);
    step(ctxt);
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_errors *pe = ctxt->_private;
    pe->characters(ctx, ch, len);
    step(ctxt);
}

/* libxml2 2.9 calls the SAX structured handler with the parser context as
 * its data; our collector hangs off the context's _private pointer. */
static void on_parse_error(void *ctx, xmlErrorPtr err)
{
    parse_errors *pe = ((xmlParserCtxtPtr)ctx)->_private;
    if (!err || err->level == XML_ERR_NONE || pe->past_ceiling)
        return;
    /* libxml2's own xml:id checks (a value that is not a name, an ID used
     * twice) are validity, not well-formedness: the schema checks IDs */
    if (err->domain == XML_FROM_VALID || err->code == XML_DTD_XMLID_VALUE ||
        err->code == XML_DTD_ID_REDEFINED)
        return;
    char *msg = tc_strdup(err->message ? err->message : "parse error");
    if (!msg)
        return;
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    if (strstr(msg, "Excessive depth")) {
        /* libxml2's nesting ceiling: said in our words, without its advice
         * to set XML_PARSE_HUGE (which would also lift the entity limits) */
        too_deep(pe->d, pe->file, err->line, pe->max_depth);
        free(msg);
        return;
    }
    if (tc_node_ceiling_error(msg, pe->file, err->line, pe->d)) {
        pe->past_ceiling = 1;
        free(msg);
        return;
    }
    tc_diags_add(pe->d,
                 err->level == XML_ERR_WARNING ? TC_SEV_WARNING : TC_SEV_ERROR,
                 "TC050", pe->file, err->line, err->int2, NULL,
                 "fix the XML so that it is well-formed", "XML: %s", msg);
    free(msg);
}

/* tc_xml_parse_safe, naming max_depth if libxml2 meets its ceiling. */
static tc_status parse_limited(const char *bytes, size_t len, const char *file,
                               unsigned max_depth, xmlDocPtr *out, tc_diags *d)
{
    *out = NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return TC_E_NOMEM;
    parse_errors pe = {.d = d, .file = file, .max_depth = max_depth};
    tc_deadline_start(&pe.dl, 0);
    size_t errors_before = tc_diags_errors(d);
    ctxt->_private = &pe;
    ctxt->sax->serror = on_parse_error;
    pe.start_element = ctxt->sax->startElementNs;
    pe.characters = ctxt->sax->characters;
    if (pe.start_element)
        ctxt->sax->startElementNs = on_start_element;
    if (pe.characters &&
        ctxt->sax->characters == ctxt->sax->ignorableWhitespace)
        ctxt->sax->ignorableWhitespace = on_characters;
    if (pe.characters)
        ctxt->sax->characters = on_characters;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes, (int)len, file, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOCDATA |
                                          XML_PARSE_BIG_LINES);
    int wf = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    if (pe.stopped) {
        /* the run is ending: a partial tree of hundreds of MB is kept
         * (reachable, not leaked) instead of freed, so that the stop
         * ends within its grace and the run's report is written */
        static xmlDocPtr parked;
        xmlDocPtr old = __atomic_exchange_n(&parked, doc, __ATOMIC_ACQ_REL);
        xmlFreeDoc(old);
        tc_diags_add(d, TC_SEV_ERROR, "TC025", file, 0, 0, NULL, NULL,
                     "parsing stopped: the run was interrupted");
        return TC_E_INTERNAL;
    }
    /* libxml2 recovers from some errors and still builds a tree (an
     * undeclared namespace prefix, a namespace name that is no URI): the
     * document is not namespace-well-formed, and an error always fails
     * the input, never an output written with exit status 0 */
    int recovered = doc && wf && tc_diags_errors(d) > errors_before;
    if (recovered)
        tc_diags_add(d, TC_SEV_ERROR, "TC050", file, 0, 0, NULL,
                     "declare every namespace prefix the file uses, with a "
                     "URI as its namespace name",
                     "XML: not namespace-well-formed: refused");
    if (!doc || !wf || recovered) {
        if (doc)
            xmlFreeDoc(doc);
        if (!tc_diags_errors(d))
            tc_diags_add(d, TC_SEV_ERROR, "TC050", file, 0, 0, NULL, NULL,
                         "XML: not well-formed");
        return TC_E_INPUT;
    }
    *out = doc;
    return TC_OK;
}

tc_status tc_xml_parse_safe(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *out, tc_diags *d)
{
    return parse_limited(bytes, len, file, TC_MAX_DEPTH_CEILING, out, d);
}

const char *tc_input_kind_name(tc_input_kind k)
{
    switch (k) {
    case TC_IN_TEXT:
        return "text record";
    case TC_IN_TEI_OURS:
        return "teiconv TEI";
    case TC_IN_TEI:
        return "TEI";
    case TC_IN_EAD2002:
        return "EAD 2002";
    case TC_IN_EAD3:
        return "EAD3";
    default:
        return "?";
    }
}

static int is_named(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE &&
           strcmp((const char *)n->name, name) == 0;
}

static int in_ns(xmlNodePtr n, const char *href)
{
    return n->ns && n->ns->href && strcmp((const char *)n->ns->href, href) == 0;
}

/* The first child element of parent with this local name, or NULL. */
static xmlNodePtr child_named(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
        if (is_named(c, name))
            return c;
    return NULL;
}

/* Our own TEI says so in teiHeader/encodingDesc/appInfo (tei_build.c);
 * anything else is "foreign" TEI and gets the generic stylesheets. */
static int written_by_teiconv(xmlNodePtr tei)
{
    xmlNodePtr ai = child_named(
        child_named(child_named(tei, "teiHeader"), "encodingDesc"), "appInfo");
    for (xmlNodePtr c = ai ? ai->children : NULL; c; c = c->next) {
        if (!is_named(c, "application"))
            continue;
        xmlChar *id = xmlGetProp(c, (const xmlChar *)"ident");
        int ours = id && strcmp((const char *)id, "teiconv") == 0;
        xmlFree(id);
        if (ours)
            return 1;
    }
    return 0;
}

/* Put every element that has no namespace into ns (declared on the root).
 * Attributes stay unqualified, as both EAD schemas and TEI expect. */
static void move_into_ns(xmlNodePtr n, xmlNsPtr ns)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (!n->ns)
            n->ns = ns;
        move_into_ns(n->children, ns);
    }
}

static tc_status namespace_root(xmlNodePtr root, const char *href)
{
    xmlNsPtr ns = xmlNewNs(root, (const xmlChar *)href, NULL);
    if (!ns) {
        /* the root already declares a default namespace (xmlns=""): point
         * that declaration at the right name */
        for (ns = root->nsDef; ns && ns->prefix; ns = ns->next)
            ;
        if (!ns)
            return TC_E_NOMEM;
        xmlFree((xmlChar *)ns->href);
        ns->href = xmlStrdup((const xmlChar *)href);
        if (!ns->href)
            return TC_E_NOMEM;
    }
    root->ns = ns;
    move_into_ns(root->children, ns);
    return TC_OK;
}

/* A DOCTYPE that only names an external DTD (EHRI's ead.dtd) is dropped:
 * it was never loaded and would make outputs point at a file nobody has.
 * One with an internal subset stays, since entity references in the tree
 * point into it. */
static void drop_external_doctype(xmlDocPtr doc, const char *file, tc_diags *d)
{
    xmlDtdPtr dtd = doc->intSubset;
    if (!dtd || dtd->children)
        return;
    tc_diags_add(d, TC_SEV_NOTE, "TC053", file, 0, 0, NULL, NULL,
                 "DOCTYPE %s (%s) ignored: DTDs are never loaded",
                 dtd->name ? (const char *)dtd->name : "",
                 dtd->SystemID ? (const char *)dtd->SystemID : "no system id");
    xmlUnlinkNode((xmlNodePtr)dtd);
    xmlFreeDtd(dtd);
}

/* Tell what doc is; NULL-namespace TEI and EAD are namespaced here. */
static tc_status classify(xmlDocPtr doc, const char *file, tc_input_kind *kind,
                          tc_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    const char *name = root ? (const char *)root->name : "?";
    const char *target = NULL;
    if (root && (is_named(root, "TEI") || is_named(root, "teiCorpus"))) {
        if (!root->ns)
            target = TC_NS_TEI;
        else if (!in_ns(root, TC_NS_TEI))
            goto unknown;
        *kind = written_by_teiconv(root) ? TC_IN_TEI_OURS : TC_IN_TEI;
    } else if (root && is_named(root, "ead")) {
        if (in_ns(root, TC_NS_EAD2002)) {
            *kind = TC_IN_EAD2002;
        } else if (in_ns(root, TC_NS_EAD3)) {
            *kind = TC_IN_EAD3;
        } else if (!root->ns) {
            /* EAD3 opens with control, EAD 2002 with eadheader */
            *kind = child_named(root, "control") ? TC_IN_EAD3 : TC_IN_EAD2002;
            target = *kind == TC_IN_EAD3 ? TC_NS_EAD3 : TC_NS_EAD2002;
        } else {
            goto unknown;
        }
    } else {
        goto unknown;
    }
    if (target) {
        /* the hint is copied as it is, not a format: build it first */
        char *hint = tc_asprintf(
            "declare xmlns=\"%s\" on the root to be explicit", target);
        tc_diags_add(d, TC_SEV_NOTE, "TC052", file, xmlGetLineNo(root), 0, NULL,
                     hint, "<%s> has no namespace: read as %s in %s", name,
                     tc_input_kind_name(*kind), target);
        free(hint);
        return namespace_root(root, target);
    }
    return TC_OK;
unknown:
    tc_diags_add(d, TC_SEV_ERROR, "TC051", file, root ? xmlGetLineNo(root) : 0,
                 0, NULL,
                 "teiconv converts text records, TEI P5, EAD 2002 and EAD3",
                 "not a TEI or EAD document (root element <%s>%s%s)", name,
                 root && root->ns ? " in " : "",
                 root && root->ns ? (const char *)root->ns->href : "");
    return TC_E_INPUT;
}

tc_status tc_xml_input_read(const char *bytes, size_t len, const char *file,
                            unsigned max_depth, xmlDocPtr *out,
                            tc_input_kind *kind, tc_diags *d)
{
    *out = NULL;
    xmlDocPtr doc = NULL;
    tc_status st = parse_limited(bytes, len, file, max_depth, &doc, d);
    if (st != TC_OK)
        return st;
    /* internal entities' text reaches every output ("Papers of &pub;") */
    st = tc_entities_expand(doc, len, file, d);
    if (st != TC_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    xmlNodePtr deepest = NULL;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root && element_depth(root, max_depth, &deepest) > max_depth) {
        too_deep(d, file, (int)xmlGetLineNo(deepest), max_depth);
        xmlFreeDoc(doc);
        return TC_E_INPUT;
    }
    st = classify(doc, file, kind, d);
    if (st != TC_OK) {
        xmlFreeDoc(doc);
        return st;
    }
    drop_external_doctype(doc, file, d);
    *out = doc;
    return TC_OK;
}
