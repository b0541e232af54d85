/* xml_input.c: existing XML inputs read safely (no network, no external
 * entities, no DTD loading) with parse errors turned into diagnostics. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "util.h"
#include "xml_input.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

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

typedef struct parse_errors {
    tc_diags *d;
    const char *file;
} parse_errors;

/* libxml2 2.9 calls the SAX structured handler with the parser context as
 * its data; our collector hangs off the context's _private pointer. */
static void on_parse_error(void *ctx, xmlErrorPtr err)
{
    parse_errors *pe = ((xmlParserCtxtPtr)ctx)->_private;
    if (!err || err->level == XML_ERR_NONE)
        return;
    char *msg = tc_strdup(err->message ? err->message : "parse error");
    if (!msg)
        return;
    size_t n = strlen(msg);
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    tc_diags_add(pe->d,
                 err->level == XML_ERR_WARNING ? TC_SEV_WARNING
                                               : TC_SEV_ERROR,
                 "TC050", pe->file, err->line, err->int2, NULL,
                 "fix the XML so that it is well-formed",
                 "XML: %s", msg);
    free(msg);
}

tc_status tc_xml_parse_safe(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *out, tc_diags *d)
{
    *out = NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return TC_E_NOMEM;
    parse_errors pe = {d, file};
    ctxt->_private = &pe;
    ctxt->sax->serror = on_parse_error;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes, (int)len, file, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOCDATA);
    int wf = ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    if (!doc || !wf) {
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

tc_status tc_xml_input_read(const char *bytes, size_t len, const char *file,
                            xmlDocPtr *tei, tc_diags *d)
{
    xmlDocPtr doc = NULL;
    tc_status st = tc_xml_parse_safe(bytes, len, file, &doc, d);
    if (st != TC_OK)
        return st;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !root->ns || strcmp((const char *)root->ns->href, TEI_NS) != 0 ||
        strcmp((const char *)root->name, "TEI") != 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC051", file,
                     root ? xmlGetLineNo(root) : 0, 0, NULL,
                     "teiconv converts TEI P5 documents and text records",
                     "not a TEI P5 document (root element <%s>)",
                     root ? (const char *)root->name : "?");
        xmlFreeDoc(doc);
        return TC_E_INPUT;
    }
    *tei = doc;
    return TC_OK;
}
