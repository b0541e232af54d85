/* date.h: reading printed dates ("January 20, 1967", "Nov. 3, 1972",
 * "1967", "(undated)") into ISO 8601 without inventing precision. Internal. */
#ifndef TC_DATE_H
#define TC_DATE_H

#include "record.h"

/* Read the printed date s into dt's ISO fields (when / from,to /
 * not_before,not_after; editorial flag). dt->printed is not touched.
 * Returns 1 when the text was understood as a date, 0 otherwise. */
int tc_date_read(const char *s, tc_date *dt);

/* 1 when s, a whole line, reads as a date (used to spot date lines). */
int tc_date_line_is_date(const char *s);

#endif /* TC_DATE_H */
