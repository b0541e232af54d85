/* date.h: reading printed dates ("January 20, 1967", "26/X/62", ranges,
 * "circa 1967", "(undated)") into ISO 8601 without invented precision. */
#ifndef TC_DATE_H
#define TC_DATE_H

#include "record/record.h"

/* Read the printed date s into dt's ISO fields (when / from,to /
 * not_before,not_after; editorial flag). dt->printed is not touched.
 * Returns 1 when the text was understood as a date, 0 otherwise. */
int tc_date_read(const char *s, tc_date *dt);

/* 1 when s, a whole line, reads as a date (used to spot date lines). */
int tc_date_line_is_date(const char *s);

/* Find the first date with at least month and year inside running text
 * (a title: "... on 20 October 1997, 10.30 a.m."). On success fills dt's
 * ISO fields, sets *at and *len to the date's bytes and returns 1. */
int tc_date_find(const char *s, tc_date *dt, size_t *at, size_t *len);

#endif /* TC_DATE_H */
