/* deadline.c: time budgets read from the monotonic clock, and the stop
 * flag. */
#include <signal.h>
#include <time.h>

#include "teiconv.h"
#include "base/deadline.h"

static volatile sig_atomic_t stop_asked;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tc_deadline_start(tc_deadline *dl, double seconds)
{
    dl->start = now();
    dl->end = seconds > 0 ? dl->start + seconds : 0;
    dl->left = 0; /* the first step looks */
    dl->cut = TC_CUT_NONE;
}

tc_cut tc_deadline_poll(tc_deadline *dl)
{
    if (dl->cut == TC_CUT_NONE) {
        double t = stop_asked || dl->end > 0 ? now() : 0;
        if (stop_asked && t - dl->start >= TC_DEADLINE_STOP_AFTER)
            dl->cut = TC_CUT_STOP;
        else if (dl->end > 0 && t > dl->end)
            dl->cut = TC_CUT_TIME;
    }
    dl->left = dl->cut == TC_CUT_NONE ? TC_DEADLINE_STEPS : 0;
    return dl->cut;
}

int tc_stop_requested(void)
{
    return stop_asked != 0;
}

void tc_request_stop(void)
{
    stop_asked = 1; /* async-signal-safe: the loops and the watchdog look */
}
