/* record_parse.h: the internal interface between the parts of the text
 * record parser (fields, page layouts, labelled format, final checks). */
#ifndef TC_RECORD_PARSE_H
#define TC_RECORD_PARSE_H

#include "record/record.h"
#include "text/record_lines.h"

/* The fields of "Document Information", of the page top and of the
 * labelled format. */
typedef enum tc_field {
    F_NONE = 0,
    F_TITLE,
    F_DATE,
    F_SUMMARY,
    F_SOURCE,
    F_RIGHTS,
    F_UPLOADED,
    F_LANGUAGE,
    F_RECORD_ID,
    F_AUTHORS,
    F_PLACES,
    F_SUBJECTS,
    F_NAMES,
    F_TOPICS,
    F_CONTRIBUTORS,
    F_RELATED,
    F_ARCHIVE,
    F_CLASSIFICATION,
    F_FUNDER,
    F_PUBLISHER,
    F_CITATION,
    F_DOCTYPE,
    F_COLLECTION,
    F_TRANSLATOR
} tc_field;

/* The field a line names: "Source", "Source:", or with value_at given also
 * "Source: AVPRF …" (*value_at = offset of the value, len when none).
 * F_NONE when the line is not a label. */
tc_field tc_field_label(const char *s, size_t len, size_t *value_at);

/* 1 for labels that only "Document Information" uses (Source, Rights,
 * Record ID …): a run of them marks the information block even without
 * its heading. */
int tc_field_is_info(tc_field id);

/* The field a value without its label most likely belongs to, judged by
 * its shape ("111189" → Record ID, "2011-11-20" → uploaded date, a
 * rights statement, a Source string, a language list); F_NONE if unsure. */
tc_field tc_field_guess(const char *text);

/* Add text as a value of field id (multi-valued fields get one more
 * value; single-valued ones already set get it appended). */
tc_status tc_field_add(tc_record *r, tc_field id, long line, long col,
                       const char *text);
/* As tc_field_add, but text is a paragraph of its own: a summary already
 * set gets it as its next paragraph (after a '\n', the summary's
 * paragraph separator, see record.h); other fields as tc_field_add. */
tc_status tc_field_add_para(tc_record *r, tc_field id, long line, long col,
                            const char *text);

/* Read label/value lines [from, to) ("Document Information", or the
 * header of the labelled format). per_line: every line is a paragraph. */
tc_status tc_fields_read(tc_record *r, const tc_lines *ls, size_t from,
                         size_t to, int per_line, tc_diags *d);

/* Page chrome ("Skip to content", search boxes, "view document in
 * English") that is dropped on purpose. */
int tc_line_is_chrome(const tc_line *ln);

/* Record a line dropped on purpose, with a note diagnostic. */
tc_status tc_record_drop(tc_record *r, const tc_line *ln, const char *why,
                         tc_diags *d);

/* The funder named in "This document was made possible with support from
 * X." (a new string, caller frees), or NULL when text is not a credit. */
char *tc_credit_funder(const char *text);

/* Everything before "Document Information" of a saved page: chrome,
 * credits, date, title, citation, summary, body (record_layout.c).
 * dense: the page has no blank lines (mirror layout). info_summary:
 * Document Information has a Summary, so the body's last paragraph is
 * never taken for one. */
tc_status tc_page_read_top(tc_record *r, const tc_lines *ls, size_t from,
                           size_t to, int dense, int info_summary, tc_diags *d);

/* Where "Document Information" starts in lines [0, n): its heading line,
 * or the first of a run of information labels; n when there is none.
 * *heading is set to 1 when the line is the heading itself. */
size_t tc_page_find_info(const tc_lines *ls, int *heading);

/* Fill what the text left implicit: date from the citation, the title or a
 * telegram header; source from the citation; classification from the
 * body's header lines (record_infer.c). */
tc_status tc_record_infer(tc_record *r, tc_diags *d);

#endif /* TC_RECORD_PARSE_H */
