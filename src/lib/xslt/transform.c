/* transform.c: one transformation of a document by a compiled stylesheet,
 * under the safe preferences and limits, with its errors and messages
 * collected as diagnostics; and the serialisation of a result. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include "base/read_guard.h"
#include "xslt/engine.h"
#include "xslt/translate.h"
#include "xslt/xslt_watch.h"
#include "base/util.h"

/* How deep templates may call each other, and how many variables may be
 * in scope, in one transformation: past either, libxslt stops it with an
 * error instead of running out of stack (TC022). libxslt's own defaults,
 * set here so that they do not depend on a global another part of the
 * process may change; 3000 nested templates fit in a worker's stack even
 * under AddressSanitizer (tests/test_security.c). */
#define TC_XSLT_MAX_DEPTH 3000
#define TC_XSLT_MAX_VARS  15000

/* Collects the messages of one transformation (xsl:message, errors). */
typedef struct xslt_errors {
    tc_buf text;
} xslt_errors;

static void collect_error(void *ctx, const char *msg, ...)
{
    xslt_errors *errs = ctx;
    va_list ap;
    va_start(ap, msg);
    char *s = tc_vasprintf(msg, ap);
    va_end(ap);
    if (s) {
        tc_buf_puts(&errs->text, s);
        free(s);
    }
}

/* 1 when libxml2 ran out of memory on this thread since the last
 * xmlResetLastError (libxslt builds its results with libxml2). */
static int ran_out_of_memory(void)
{
    const xmlError *err = xmlGetLastError();
    return err && err->code == XML_ERR_NO_MEMORY;
}

tc_status tc_transform_run(xsltStylesheetPtr style, xsltSecurityPrefsPtr prefs,
                           xmlDocPtr in, const char **params, const char *what,
                           char **out, size_t *out_len, xmlDocPtr *result,
                           tc_diags *d)
{
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (result)
        *result = NULL;
    xmlResetLastError();
    xsltTransformContextPtr ctxt = xsltNewTransformContext(style, in);
    if (!ctxt)
        return TC_E_NOMEM;
    if (tc_translate_install(ctxt->xpathCtxt) != 0) {
        xsltFreeTransformContext(ctxt);
        return TC_E_NOMEM;
    }
    xslt_errors errs = {0};
    xsltSetTransformErrorFunc(ctxt, &errs, collect_error);
    ctxt->maxTemplateDepth = TC_XSLT_MAX_DEPTH;
    ctxt->maxTemplateVars = TC_XSLT_MAX_VARS;
    xsltSetCtxtSecurityPrefs(prefs, ctxt);
    if (params && xsltQuoteUserParams(ctxt, params) != 0) {
        xsltFreeTransformContext(ctxt);
        return TC_E_USAGE;
    }
    /* document() reads only inside the input's and the stylesheet's
     * folder trees (base/read_guard.h; engine.c's read_file_check) */
    tc_read_scope scope;
    tc_read_scope_begin(&scope, in->URL ? (const char *)in->URL : NULL,
                        style->doc ? (const char *)style->doc->URL : NULL,
                        in->URL ? (const char *)in->URL : what, d);
    tc_watch watch;
    tc_watch_begin(&watch, ctxt);
    xmlDocPtr res = xsltApplyStylesheetUser(style, in, NULL, NULL, NULL, ctxt);
    tc_watch_end ended = tc_watch_finish(&watch);
    tc_read_scope_end(&scope);
    int failed = !res || ctxt->state != XSLT_STATE_OK;
    xsltFreeTransformContext(ctxt);
    tc_status st = TC_OK;
    if (ended != TC_WATCH_RAN) {
        if (ended == TC_WATCH_TIME)
            tc_diags_add(d, TC_SEV_ERROR, "TC023", NULL, 0, 0, NULL,
                         "raise --max-xslt-seconds (0 = none) if the input "
                         "is genuine and large",
                         "%s stopped after %.0f s (its time budget)", what,
                         tc_watch_limit());
        else
            tc_diags_add(d, TC_SEV_ERROR, "TC024", NULL, 0, 0, NULL, NULL,
                         "%s stopped: the run was interrupted", what);
        tc_buf_free(&errs.text);
        if (res)
            xmlFreeDoc(res);
        return ended == TC_WATCH_TIME ? TC_E_INPUT : TC_E_INTERNAL;
    }
    if (failed) {
        char *msg = tc_buf_take(&errs.text);
        size_t ml = msg ? strlen(msg) : 0;
        while (ml > 0 && msg[ml - 1] == '\n')
            msg[--ml] = '\0';
        if (msg && strstr(msg, "infinite template recursion"))
            tc_diags_add(d, TC_SEV_ERROR, "TC022", NULL, 0, 0, NULL,
                         "a template that calls itself without end, or an "
                         "input nested too deeply for the stylesheet",
                         "%s stopped: templates nested more than %d deep, "
                         "or more than %d variables in scope",
                         what, TC_XSLT_MAX_DEPTH, TC_XSLT_MAX_VARS);
        else
            tc_diags_add(d, TC_SEV_ERROR, "TC020", NULL, 0, 0, NULL, NULL,
                         "%s failed: %s", what,
                         msg && *msg ? msg : "no output");
        free(msg);
        if (res)
            xmlFreeDoc(res);
        return TC_E_INTERNAL;
    }
    /* xsl:message without terminate (ead2ead3.xsl's loss report) reaches
     * the user as warnings, one a line, naming the input. */
    char *msgs = tc_buf_take(&errs.text);
    for (char *line = msgs, *nl; line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (*line)
            tc_diags_add(d, TC_SEV_WARNING, "TC021",
                         in->URL ? (const char *)in->URL : NULL, 0, 0, NULL,
                         NULL, "%s: %s", what, line);
    }
    free(msgs);
    if (out) {
        xmlChar *buf = NULL;
        int len = 0;
        if (xsltSaveResultToString(&buf, &len, res, style) != 0) {
            st = TC_E_NOMEM;
        } else {
            *out = tc_strndup(buf ? (const char *)buf : "", (size_t)len);
            if (out_len)
                *out_len = (size_t)len;
            if (!*out)
                st = TC_E_NOMEM;
        }
        xmlFree(buf);
    }
    if (st == TC_OK && ran_out_of_memory()) {
        /* libxml2 left a node or a string out and went on: the result may
         * miss a piece, so it is not given out as complete */
        st = TC_E_NOMEM;
        if (out) {
            free(*out);
            *out = NULL;
            if (out_len)
                *out_len = 0;
        }
    }
    if (result && st == TC_OK)
        *result = res;
    else
        xmlFreeDoc(res);
    return st;
}

tc_status tc_xml_serialize(xmlDocPtr doc, char **out, size_t *out_len)
{
    xmlChar *buf = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(doc, &buf, &len, "UTF-8", 1);
    if (!buf)
        return TC_E_NOMEM;
    *out = tc_strndup((const char *)buf, (size_t)len);
    *out_len = (size_t)len;
    xmlFree(buf);
    return *out ? TC_OK : TC_E_NOMEM;
}
