/* tei_inline.c: TEI markup for body blocks (p, list, sp, ab …) and for the
 * editorial marks inside their text; nothing of the text is dropped. */
#include <string.h>

#include "tei_inline.h"
#include "util.h"

static int is_elision(const char *s, size_t n)
{
    static const char *const forms[] = {"…", "...", ".…", "….", "…."};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (n == strlen(forms[i]) && memcmp(s, forms[i], n) == 0)
            return 1;
    return 0;
}

static int add_text(xmlNodePtr parent, const char *s, size_t n)
{
    if (n == 0)
        return 1;
    xmlNodePtr t = xmlNewTextLen(BAD_CAST s, (int)n);
    if (!t)
        return 0;
    if (!xmlAddChild(parent, t)) {
        xmlFreeNode(t);
        return 0;
    }
    return 1;
}

/* One bracketed mark "[inner]" at the place of parent's last child. */
static int add_bracket(xmlNodePtr parent, xmlNsPtr ns, const char *inner,
                       size_t n)
{
    char *in = tc_strndup(inner, n);
    if (!in)
        return 0;
    xmlNodePtr m;
    if (is_elision(in, n)) {
        m = xmlNewChild(parent, ns, BAD_CAST "gap", NULL);
        if (m) {
            xmlSetProp(m, BAD_CAST "reason", BAD_CAST "editorial");
            char *orig = tc_asprintf("[%s]", in);
            if (!orig || !xmlNewTextChild(m, ns, BAD_CAST "desc", BAD_CAST orig))
                m = NULL;
            free(orig);
        }
    } else {
        m = xmlNewTextChild(parent, ns, BAD_CAST "supplied", BAD_CAST in);
        if (m)
            xmlSetProp(m, BAD_CAST "reason", BAD_CAST "editorial");
    }
    free(in);
    return m != NULL;
}

tc_status tc_inline_text(xmlNodePtr parent, xmlNsPtr ns, const char *text)
{
    const char *p = text;
    const char *run = p;
    while (*p) {
        if (*p == '[') {
            const char *close = strchr(p + 1, ']');
            const char *nested = strchr(p + 1, '[');
            if (close && (!nested || nested > close) && close > p + 1) {
                if (!add_text(parent, run, (size_t)(p - run)) ||
                    !add_bracket(parent, ns, p + 1, (size_t)(close - p - 1)))
                    return TC_E_NOMEM;
                p = close + 1;
                run = p;
                continue;
            }
        }
        p++;
    }
    return add_text(parent, run, (size_t)(p - run)) ? TC_OK : TC_E_NOMEM;
}

tc_status tc_inline_blocks(xmlNodePtr div, xmlNsPtr ns, const tc_blocks *body)
{
    for (size_t i = 0; i < body->n; i++) {
        const tc_block *bl = &body->v[i];
        xmlNodePtr p = xmlNewChild(div, ns, BAD_CAST "p", NULL);
        if (!p)
            return TC_E_NOMEM;
        tc_status st = tc_inline_text(p, ns, bl->text.text);
        if (st != TC_OK)
            return st;
    }
    return TC_OK;
}
