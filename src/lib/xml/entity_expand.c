/* entity_expand.c: internal entity references of an XML input replaced by
 * copies of their content, walked without recursion and within a budget. */
#include <string.h>

#include <libxml/entities.h>
#include <libxml/tree.h>

#include "xml/entity_expand.h"
#include "xml/xml_walk.h"

/* Elements of a copied entity body that have no namespace take the
 * default one in scope where the reference stood (the body was parsed
 * outside that scope). */
static void adopt_default_ns(xmlDocPtr doc, xmlNodePtr first, xmlNodePtr end,
                             xmlNodePtr parent)
{
    xmlNsPtr ns = xmlSearchNs(doc, parent, NULL);
    if (!ns)
        return;
    for (xmlNodePtr top = first; top && top != end; top = top->next) {
        xmlNodePtr n = top;
        while (n) {
            if (n->type == XML_ELEMENT_NODE && !n->ns)
                n->ns = ns;
            if (n->type == XML_ELEMENT_NODE && n->children) {
                n = n->children;
                continue;
            }
            n = tc_node_after(n, top);
        }
    }
}

/* Put the list first.. in place of ref, which is freed. */
static void splice(xmlNodePtr ref, xmlNodePtr first)
{
    xmlNodePtr parent = ref->parent, last = first;
    for (xmlNodePtr c = first; c; c = c->next) {
        c->parent = parent;
        last = c;
    }
    first->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = first;
    else
        parent->children = first;
    last->next = ref->next;
    if (ref->next)
        ref->next->prev = last;
    else
        parent->last = last;
    ref->next = ref->prev = ref->parent = NULL;
    xmlFreeNode(ref);
}

/* An attribute value that holds entity references (libxml2 keeps them as
 * nodes under the attribute) becomes its text, the references replaced
 * by their content: the declarations can then go. Non-zero when the text
 * passes the budget. */
static tc_status expand_in_attributes(xmlDocPtr doc, xmlNodePtr el,
                                      size_t budget, size_t *used)
{
    for (xmlAttrPtr a = el->properties; a; a = a->next) {
        int refs = 0;
        for (xmlNodePtr c = a->children; c && !refs; c = c->next)
            refs = c->type == XML_ENTITY_REF_NODE;
        if (!refs)
            continue;
        xmlChar *v = xmlNodeListGetString(doc, a->children, 1);
        *used += v ? (size_t)xmlStrlen(v) : 0;
        if (*used > budget) {
            xmlFree(v);
            return TC_E_INPUT;
        }
        xmlFreeNodeList(a->children);
        a->children = a->last = NULL;
        xmlNodePtr t = xmlNewDocText(doc, v ? v : BAD_CAST "");
        xmlFree(v);
        if (!t)
            return TC_E_NOMEM;
        t->parent = (xmlNodePtr)a;
        a->children = a->last = t;
    }
    return TC_OK;
}

/* Every reference is expanded or left out: the internal subset's
 * declarations (entities, some pointing at files) are not passed on. The
 * DOCTYPE keeps its name and public and system identifiers. */
static void drop_declarations(xmlDocPtr doc)
{
    xmlDtdPtr old = doc->intSubset;
    if (!old || !old->children)
        return;
    xmlChar *name = old->name ? xmlStrdup(old->name) : NULL;
    xmlChar *pub = old->ExternalID ? xmlStrdup(old->ExternalID) : NULL;
    xmlChar *sys = old->SystemID ? xmlStrdup(old->SystemID) : NULL;
    xmlUnlinkNode((xmlNodePtr)old);
    doc->intSubset = NULL;
    xmlFreeDtd(old);
    if (name)
        xmlCreateIntSubset(doc, name, pub, sys);
    xmlFree(name);
    xmlFree(pub);
    xmlFree(sys);
}

tc_status tc_entities_expand(xmlDocPtr doc, size_t input_len, const char *file,
                             tc_diags *d)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !doc->intSubset)
        return TC_OK; /* no internal subset, no internal entities */
    size_t budget = input_len * TC_ENTITY_RATIO;
    if (budget < TC_ENTITY_FLOOR)
        budget = TC_ENTITY_FLOOR;
    size_t used = 0;
    xmlNodePtr n = root;
    while (n) {
        tc_status ast = n->type == XML_ELEMENT_NODE && n->properties
                            ? expand_in_attributes(doc, n, budget, &used)
                            : TC_OK;
        if (ast == TC_E_NOMEM)
            return ast;
        if (ast != TC_OK) {
            tc_diags_add(d, TC_SEV_ERROR, "TC058", file, (int)xmlGetLineNo(n),
                         0, NULL,
                         "an entity referenced over and over (an entity "
                         "bomb) or a genuine file far larger once expanded",
                         "entity references in attribute values expand to "
                         "more than %zu bytes: input refused",
                         budget);
            return TC_E_INPUT;
        }
        if (n->type != XML_ENTITY_REF_NODE) {
            if (n->type == XML_ELEMENT_NODE && n->children)
                n = n->children;
            else
                n = tc_node_after(n, root);
            continue;
        }
        xmlEntityPtr ent = xmlGetDocEntity(doc, n->name);
        if (!ent || ent->etype != XML_INTERNAL_GENERAL_ENTITY) {
            /* external (or undeclared): never loaded, and its reference is
               not passed on either (a reader of the output would load it) */
            tc_diags_add(d, TC_SEV_WARNING, "TC057", file,
                         (int)xmlGetLineNo(n->parent), 0, NULL,
                         "put the text in the file itself, or in an internal "
                         "entity",
                         "external entity &%s; (%s) not read: left out",
                         (const char *)n->name,
                         ent && ent->SystemID ? (const char *)ent->SystemID
                                              : "undeclared");
            xmlNodePtr next = tc_node_after(n, root);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            n = next;
            continue;
        }
        used += ent->content ? strlen((const char *)ent->content) : 0;
        if (used > budget) {
            tc_diags_add(d, TC_SEV_ERROR, "TC058", file,
                         (int)xmlGetLineNo(n->parent), 0, NULL,
                         "an entity referenced over and over (an entity "
                         "bomb) or a genuine file far larger once expanded",
                         "entity references expand to more than %zu bytes "
                         "(%u times the input, at least 1 MiB): input "
                         "refused",
                         budget, TC_ENTITY_RATIO);
            return TC_E_INPUT;
        }
        xmlNodePtr copy = ent->children ? xmlDocCopyNodeList(doc, ent->children)
                          : ent->content ? xmlNewDocText(doc, ent->content)
                                         : NULL;
        if (!copy && (ent->children || ent->content))
            return TC_E_NOMEM;
        xmlNodePtr parent = n->parent;
        if (!copy) { /* an empty entity */
            xmlNodePtr next = tc_node_after(n, root);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            n = next;
            continue;
        }
        xmlNodePtr end = n->next;
        splice(n, copy);
        adopt_default_ns(doc, copy, end, parent);
        n = copy; /* walk the copy: nested references are expanded too */
    }
    drop_declarations(doc);
    return TC_OK;
}
