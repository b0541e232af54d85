/* init.c: the one-time set-up of libxml2, libxslt and EXSLT that every
 * stage relies on (thread-safe, once per process). It sets these process-wide
 * states: libxslt's generic error function (messages dropped: the library
 * never prints; a host's own kept), libxml2's external entity loader (no
 * network) and its
 * input callbacks (only base/read_guard.c's, see there). */
#include <pthread.h>
#include <libxml/parser.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>

#include "base/read_guard.h"
#include "base/util.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

void tc_xslt_message_dropped(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void global_init(void)
{
    xmlInitParser();
    exsltRegisterAll();
    /* libxslt's messages outside a transformation's own error function
     * (set on each one, see tc_transform_run) would go to stderr: the dump
     * of templates and variables it prints when a recursion is stopped
     * (TC022), for one. The library prints nothing, but a handler the host
     * program set before is left in place (it is the host's to keep). */
    xmlGenericErrorFunc host = xsltGenericError;
    void *host_ctx = xsltGenericErrorContext;
    xsltSetGenericErrorFunc(NULL, NULL); /* libxslt's default, to compare */
    if (host == xsltGenericError)
        xsltSetGenericErrorFunc(NULL, tc_xslt_message_dropped);
    else
        xsltSetGenericErrorFunc(host_ctx, host);
    /* no load ever goes to the network, xsl:import by URL included */
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader);
    /* and every file is opened by read_guard.c: regular files only, and
     * while an input is at work only inside its folder tree */
    tc_read_guard_install();
}

void tc_library_init(void)
{
    pthread_once(&init_once, global_init);
}
