/* xml_errors.h: keep libxml2's messages inside the library: route them to a
 * handler of ours for one call, then give the caller's handler back. */
#ifndef TC_XML_ERRORS_H
#define TC_XML_ERRORS_H

#include <libxml/xmlerror.h>

#include "base/util.h"

/* The calling thread's structured handler before tc_xml_errors_begin. */
typedef struct tc_xml_errors {
    xmlStructuredErrorFunc old;
    void *oldctx;
    xmlGenericErrorFunc old_generic;
    void *old_generic_ctx;
} tc_xml_errors;

/* Until tc_xml_errors_end, every libxml2 message of this thread goes to
 * fn(data, err) (fn NULL: dropped), none to stderr. libxml2's handlers are
 * thread-local, so other threads (and the host's own handlers, restored at
 * the end) are not affected. */
void tc_xml_errors_begin(tc_xml_errors *q, xmlStructuredErrorFunc fn,
                         void *data);
void tc_xml_errors_end(tc_xml_errors *q);

/* A structured handler appending each message's text, one a line, to the
 * tc_buf data. */
void tc_xml_error_gather(void *data, xmlErrorPtr err);

#endif /* TC_XML_ERRORS_H */
