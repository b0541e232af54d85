/* rng_msg.h: turning our RELAX NG validator's errors into diagnostics
 * (codes TC31x, a message naming what is allowed, a hint with the fix). */
#ifndef TC_RNG_MSG_H
#define TC_RNG_MSG_H

#include <stddef.h>
#include "teiconv.h"
#include "validate/rng.h"

/* Where the diagnostics of one document go. */
typedef struct tc_rng_report {
    tc_diags *d;      /* borrowed */
    const char *file; /* borrowed */
    size_t listed;    /* diagnostics added */
    size_t dropped;   /* errors past the cap, only counted */
} tc_rng_report;

void tc_rng_report_init(tc_rng_report *r, tc_diags *d, const char *file);
/* A tc_rng_error_fn; data is the tc_rng_report. */
void tc_rng_report_error(void *data, const tc_rng_error *e);
/* Adds the "N more" line when errors were dropped. */
void tc_rng_report_finish(tc_rng_report *r);

#endif /* TC_RNG_MSG_H */
