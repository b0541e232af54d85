/* xml_errors.c: libxml2's messages routed to the library's own handlers for
 * the length of one call, the caller's handlers restored after it. */
#include <string.h>

#include <libxml/globals.h>

#include "base/xml_errors.h"

static void drop_structured(void *data, xmlErrorPtr err)
{
    (void)data;
    (void)err;
}

static void drop_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void tc_xml_errors_begin(tc_xml_errors *q, xmlStructuredErrorFunc fn,
                         void *data)
{
    q->old = xmlStructuredError;
    q->oldctx = xmlStructuredErrorContext;
    q->old_generic = xmlGenericError;
    q->old_generic_ctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(data, fn ? fn : drop_structured);
    /* the few messages libxml2 prints without a structured error */
    xmlSetGenericErrorFunc(NULL, drop_generic);
}

void tc_xml_errors_end(tc_xml_errors *q)
{
    xmlSetStructuredErrorFunc(q->oldctx, q->old);
    xmlSetGenericErrorFunc(q->old_generic_ctx, q->old_generic);
}

void tc_xml_error_gather(void *data, xmlErrorPtr err)
{
    if (!data || !err || !err->message)
        return;
    size_t n = strlen(err->message);
    while (n && err->message[n - 1] == '\n')
        n--;
    /* like libxml2's own lines: "file:line: parser error : message" */
    const char *kind = err->domain == XML_FROM_PARSER  ? "parser error"
                       : err->level == XML_ERR_WARNING ? "warning"
                                                       : "error";
    if (err->file)
        tc_buf_printf(data, "%s:%d: ", err->file, err->line);
    tc_buf_printf(data, "%s : %.*s\n", kind, (int)n, err->message);
}
