/* deadline.h: cooperative time budgets for long loops of one thread (the
 * RELAX NG walk, the rule checks), and the process-wide stop request that
 * ends them and every transformation. Internal.
 * Process state: one flag, set by tc_request_stop (teiconv.h), which is
 * async-signal-safe; it is never cleared. */
#ifndef TC_DEADLINE_H
#define TC_DEADLINE_H

/* Why a budgeted loop was cut short. */
typedef enum tc_cut {
    TC_CUT_NONE = 0, /* still running, or ran to its end */
    TC_CUT_TIME,     /* its time budget ran out */
    TC_CUT_STOP      /* the run was asked to stop */
} tc_cut;

/* Steps between two readings of the clock: a step is an element or an
 * attribute, a few microseconds at most, so a cut comes within a few
 * milliseconds of the deadline, and the clock is read too rarely to cost
 * anything measurable. */
#define TC_DEADLINE_STEPS 256

/* A stop request cuts only a loop that has run this long (seconds): one
 * about to end is let finish, as a batch finishes the inputs it holds
 * (the watchdog of transformations looks every 0.1 s too). */
#define TC_DEADLINE_STOP_AFTER 0.1

typedef struct tc_deadline {
    double start;  /* monotonic seconds */
    double end;    /* monotonic seconds; 0: no budget (a stop still cuts) */
    unsigned left; /* steps before the next reading */
    tc_cut cut;    /* set for good once cut */
} tc_deadline;

/* Start a budget of seconds from now (0 or less: none). */
void tc_deadline_start(tc_deadline *dl, double seconds);
/* Read the clock and the stop flag now: the cut, if any (kept). */
tc_cut tc_deadline_poll(tc_deadline *dl);

/* One step of a budgeted loop: 1 when the loop must stop (dl->cut says
 * why). dl may be NULL: no budget, never cut. */
static inline int tc_deadline_step(tc_deadline *dl)
{
    if (!dl)
        return 0;
    if (dl->left) {
        dl->left--;
        return 0;
    }
    return tc_deadline_poll(dl) != TC_CUT_NONE;
}

/* 1 once tc_request_stop has been called. */
int tc_stop_requested(void);

#endif /* TC_DEADLINE_H */
