/* doctype.c: which kind of document a tree is (TEI, EAD 2002, EAD3, DC), by
 * its root element and namespace, and the names and official schema URLs of
 * the kinds. */
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "validate/validate.h"

#define TEI_NS    "http://www.tei-c.org/ns/1.0"
#define EAD_NS    "urn:isbn:1-931666-22-9"
#define EAD3_NS   "http://ead3.archivists.org/schema/"
#define OAI_DC_NS "http://www.openarchives.org/OAI/2.0/oai_dc/"

tc_doctype tc_doctype_detect(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root)
        return TC_DOC_UNKNOWN;
    const char *ns = root->ns ? (const char *)root->ns->href : "";
    const char *name = (const char *)root->name;
    if (strcmp(ns, TEI_NS) == 0 &&
        (strcmp(name, "TEI") == 0 || strcmp(name, "teiCorpus") == 0))
        return TC_DOC_TEI;
    if (strcmp(ns, OAI_DC_NS) == 0 && strcmp(name, "dc") == 0)
        return TC_DOC_DC;
    if (strcmp(name, "ead") == 0) {
        if (strcmp(ns, EAD3_NS) == 0)
            return TC_DOC_EAD3;
        if (strcmp(ns, EAD_NS) == 0 || *ns == '\0')
            return TC_DOC_EAD;
    }
    return TC_DOC_UNKNOWN;
}

const char *tc_doctype_name(tc_doctype t)
{
    switch (t) {
    case TC_DOC_TEI:
        return "tei";
    case TC_DOC_EAD:
        return "ead";
    case TC_DOC_EAD3:
        return "ead3";
    case TC_DOC_DC:
        return "dc";
    default:
        return "unknown";
    }
}

tc_doctype tc_doctype_parse(const char *name)
{
    if (!name)
        return TC_DOC_UNKNOWN;
    if (strcmp(name, "tei") == 0)
        return TC_DOC_TEI;
    if (strcmp(name, "ead") == 0 || strcmp(name, "ead2002") == 0)
        return TC_DOC_EAD;
    if (strcmp(name, "ead3") == 0)
        return TC_DOC_EAD3;
    if (strcmp(name, "dc") == 0 || strcmp(name, "oai_dc") == 0)
        return TC_DOC_DC;
    return TC_DOC_UNKNOWN;
}

const char *tc_doctype_schema_url(tc_doctype t)
{
    switch (t) {
    case TC_DOC_TEI:
        return "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/"
               "tei_all.rng";
    case TC_DOC_EAD:
        return "http://www.loc.gov/ead/ead.xsd";
    case TC_DOC_EAD3:
        return "http://www.loc.gov/ead/ead3.rng";
    default:
        return NULL;
    }
}
