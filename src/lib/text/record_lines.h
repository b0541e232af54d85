/* record_lines.h: a decoded text record cut into lines and paragraphs
 * (units), shared by the parts of the text-record parser. Internal. */
#ifndef TC_RECORD_LINES_H
#define TC_RECORD_LINES_H

#include <stddef.h>
#include "teiconv.h"

/* One input line without its layout space at either end; text points
 * into the owning tc_lines' buffer (NUL-terminated there). */
typedef struct tc_line {
    char *text;
    size_t len;
    long no;   /* 1-based line number */
    long col;  /* 1-based column (bytes) of the first visible character */
    int blank; /* empty or only spaces (ASCII or Unicode) */
} tc_line;

typedef struct tc_lines {
    tc_line *v;
    size_t n;
    char *buf;
} tc_lines;

/* A paragraph: lines [from, to) of a tc_lines. */
typedef struct tc_unit {
    size_t from, to;
} tc_unit;

/* Cut text (len bytes, LF line ends) into lines. Free with tc_lines_free
 * (also after a failure). Returns TC_OK or TC_E_NOMEM. */
tc_status tc_lines_split(const char *text, size_t len, tc_lines *ls);
void tc_lines_free(tc_lines *ls);

/* The non-blank lines [from, to) joined with sep; caller frees. */
char *tc_lines_join(const tc_lines *ls, size_t from, size_t to, char sep);

/* 1 when lines [from, to) hold no blank line between their first and last
 * visible lines (the mirror layout: every line is a paragraph). */
int tc_lines_dense(const tc_lines *ls, size_t from, size_t to);

/* Paragraphs of lines [from, to): runs of non-blank lines, or single lines
 * when per_line is set. out needs room for (to - from) units. Returns the
 * number of units. */
size_t tc_units_collect(const tc_lines *ls, size_t from, size_t to,
                        int per_line, tc_unit *out);

/* s (len bytes) equals word, ignoring ASCII case and runs of spaces, and
 * allowing one trailing colon. */
/* Length of word at the start of s (ASCII case ignored, a space in word
 * matching any run of spaces and tabs), 0 when s does not start with it. */
size_t tc_text_prefix(const char *s, size_t len, const char *word);

int tc_text_is(const char *s, size_t len, const char *word);

#endif /* TC_RECORD_LINES_H */
