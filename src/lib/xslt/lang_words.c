/* lang_words.c: tc:lang-iso(), tc:lang-name(), tc:lang-tag2() and
 * tc:org-word() (see lang_words.h): linear searches of the compiled-in
 * tables, which are read-only, so worker threads share them. */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>

#include "xslt/lang_words.h"
#include "xslt/xpath_result.h"
#include "xslt/wrap.h"
#include "base/tables.h"

/* Which row a language look-up takes and what it gives of it. */
typedef enum { BY_TAG_ISO, BY_TAG_OR_ISO_NAME, BY_CODE_TAG2 } lang_query;

static int same(const char *a, const xmlChar *b)
{
    return a && strcmp(a, (const char *)b) == 0;
}

/* The answer of q for v, or "" (static storage either way). */
static const char *lang_answer(lang_query q, const xmlChar *v)
{
    for (size_t i = 0; i < tc_lang_nrows; i++) {
        const tc_lang_row *r = &tc_lang_rows[i];
        if (q == BY_CODE_TAG2 && (same(r->iso, v) || same(r->iso_t, v)) &&
            strlen(r->bcp47) == 2)
            return r->bcp47;
        if (q != BY_CODE_TAG2 && same(r->bcp47, v))
            return q == BY_TAG_ISO ? r->iso : r->name;
    }
    if (q == BY_TAG_OR_ISO_NAME)
        for (size_t i = 0; i < tc_lang_nrows; i++)
            if (same(tc_lang_rows[i].iso, v))
                return tc_lang_rows[i].name;
    return "";
}

static void lang_function(xmlXPathParserContextPtr ctxt, int nargs,
                          lang_query q)
{
    CHECK_ARITY(1);
    xmlChar *v = xmlXPathPopString(ctxt);
    if (!tc_xpath_popped(ctxt, &v, 1))
        return;
    xmlXPathObjectPtr res =
        xmlXPathNewString((const xmlChar *)lang_answer(q, v));
    xmlFree(v);
    tc_xpath_return(ctxt, res);
}

static void lang_iso(xmlXPathParserContextPtr ctxt, int nargs)
{
    lang_function(ctxt, nargs, BY_TAG_ISO);
}

static void lang_name(xmlXPathParserContextPtr ctxt, int nargs)
{
    lang_function(ctxt, nargs, BY_TAG_OR_ISO_NAME);
}

static void lang_tag2(xmlXPathParserContextPtr ctxt, int nargs)
{
    lang_function(ctxt, nargs, BY_CODE_TAG2);
}

static int ascii_letter(xmlChar c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* 1 when the n bytes at w are, in any case, a word of the list. */
static int org_word(const xmlChar *w, size_t n)
{
    for (size_t i = 0; i < tc_org_nwords; i++)
        if (strlen(tc_org_words[i]) == n &&
            strncasecmp(tc_org_words[i], (const char *)w, n) == 0)
            return 1;
    return 0;
}

static void org_word_function(xmlXPathParserContextPtr ctxt, int nargs)
{
    CHECK_ARITY(1);
    xmlChar *s = xmlXPathPopString(ctxt);
    if (!tc_xpath_popped(ctxt, &s, 1))
        return;
    int found = 0;
    for (const xmlChar *p = s; *p && !found;) {
        if (!ascii_letter(*p)) {
            p++;
            continue;
        }
        const xmlChar *w = p;
        while (ascii_letter(*p))
            p++;
        found = org_word(w, (size_t)(p - w));
    }
    xmlFree(s);
    tc_xpath_return(ctxt, xmlXPathNewBoolean(found));
}

static pthread_once_t register_once = PTHREAD_ONCE_INIT;

static void register_functions(void)
{
    static const struct {
        const char *name;
        xmlXPathFunction fn;
    } fns[] = {{"lang-iso", lang_iso},
               {"lang-name", lang_name},
               {"lang-tag2", lang_tag2},
               {"org-word", org_word_function}};
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        xsltRegisterExtModuleFunction((const xmlChar *)fns[i].name,
                                      (const xmlChar *)TC_XSLT_NS, fns[i].fn);
}

void tc_lang_words_register(void)
{
    pthread_once(&register_once, register_functions);
}
