/* xslt_watch.h: a watchdog over running transformations: each has a time
 * budget, and a stop request (SIGINT/SIGTERM) ends them all. Internal.
 * Process state: one detached thread, started by the first transformation,
 * that sets a context's state to XSLT_STATE_STOPPED from outside its
 * thread (libxslt checks that field between instructions; a single long
 * XPath call is not interrupted). tc_set_xslt_time_limit (teiconv.h)
 * changes a process-wide setting; the stop flag is base/deadline.h's. */
#ifndef TC_XSLT_WATCH_H
#define TC_XSLT_WATCH_H

#include <libxslt/xsltInternals.h>

/* Why a watched transformation was stopped. */
typedef enum tc_watch_end {
    TC_WATCH_RAN = 0, /* not stopped by the watchdog */
    TC_WATCH_TIME,    /* its time budget ran out (TC023) */
    TC_WATCH_STOP     /* the run was asked to stop (TC024) */
} tc_watch_end;

typedef struct tc_watch {
    xsltTransformContextPtr ctxt;
    double deadline;  /* monotonic seconds; 0: none */
    volatile int end; /* tc_watch_end, set by the watchdog */
    struct tc_watch *next;
} tc_watch;

/* Watch ctxt until tc_watch_end_of; w lives on the caller's stack. */
void tc_watch_begin(tc_watch *w, xsltTransformContextPtr ctxt);
tc_watch_end tc_watch_finish(tc_watch *w);
/* The time budget in force, seconds (0: none). */
double tc_watch_limit(void);

#endif /* TC_XSLT_WATCH_H */
