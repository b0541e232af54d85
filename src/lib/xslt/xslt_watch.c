/* xslt_watch.c: the watchdog thread that stops transformations past their
 * time budget, or all of them once the run is asked to stop. */
#include <pthread.h>
#include <time.h>

#include "teiconv.h"
#include "base/deadline.h"
#include "xslt/xslt_watch.h"

static double limit = TC_DEFAULT_XSLT_SECONDS;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static tc_watch *watched;
static pthread_once_t started = PTHREAD_ONCE_INIT;
static int running; /* the thread exists */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *watchdog(void *arg)
{
    (void)arg;
    const struct timespec tick = {0, 100 * 1000 * 1000}; /* 0.1 s */
    for (;;) {
        nanosleep(&tick, NULL);
        double t = now();
        pthread_mutex_lock(&lock);
        for (tc_watch *w = watched; w; w = w->next) {
            if (w->end != TC_WATCH_RAN)
                continue;
            int end = tc_stop_requested()                  ? TC_WATCH_STOP
                      : w->deadline > 0 && t > w->deadline ? TC_WATCH_TIME
                                                           : TC_WATCH_RAN;
            if (end != TC_WATCH_RAN) {
                w->end = end;
                w->ctxt->state = XSLT_STATE_STOPPED;
            }
        }
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

static void start(void)
{
    pthread_t t;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&a, 64 * 1024);
    running = pthread_create(&t, &a, watchdog, NULL) == 0;
    pthread_attr_destroy(&a);
}

void tc_watch_begin(tc_watch *w, xsltTransformContextPtr ctxt)
{
    pthread_once(&started, start);
    w->ctxt = ctxt;
    w->deadline = limit > 0 ? now() + limit : 0;
    w->end = tc_stop_requested() ? TC_WATCH_STOP : TC_WATCH_RAN;
    if (w->end != TC_WATCH_RAN)
        ctxt->state = XSLT_STATE_STOPPED;
    pthread_mutex_lock(&lock);
    w->next = watched;
    watched = w;
    pthread_mutex_unlock(&lock);
}

tc_watch_end tc_watch_finish(tc_watch *w)
{
    pthread_mutex_lock(&lock);
    for (tc_watch **p = &watched; *p; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            break;
        }
    pthread_mutex_unlock(&lock);
    return (tc_watch_end)w->end;
}

double tc_watch_limit(void)
{
    return limit;
}

void tc_set_xslt_time_limit(double seconds)
{
    limit = seconds > 0 ? seconds : 0;
}
