/* record.h: the record model shared by the text parser (record_parse.c and
 * friends) and the TEI builder (tei_build.c). Internal to the library.
 *
 * A record owns every string in it (all UTF-8, NUL-terminated, heap).
 * Each value remembers the 1-based line and column it came from, so later
 * stages can point diagnostics at the input. Free with tc_record_free.
 */
#ifndef TC_RECORD_H
#define TC_RECORD_H

#include <stddef.h>
#include "teiconv.h"

/* A piece of text with the place it came from. */
typedef struct tc_value {
    char *text;
    long line;
    long col;
} tc_value;

/* A growable list of values (multi-valued fields, multi-paragraph rights). */
typedef struct tc_values {
    tc_value *v;
    size_t n;
    size_t cap;
} tc_values;

/* A date as printed plus its ISO 8601 reading. Only the attributes the text
 * supports are set (never invented precision); all may be NULL. */
typedef struct tc_date {
    tc_value printed;             /* "January 20, 1967", "(undated)" */
    char *when;                   /* "1967-01-20", "1967-11", "1967" */
    char *from, *to;              /* a stated range */
    char *not_before, *not_after; /* an uncertain or editorial date */
    int editorial; /* 1 when the year (or more) was supplied in [ ] */
    int uncertain; /* 1 for "circa 1967", "1967?", "[1967?]" */
} tc_date;

/* Kinds of names in "Associated People & Organizations" and Author(s). */
typedef enum tc_name_kind { TC_NAME_PERSON = 0, TC_NAME_ORG } tc_name_kind;

typedef struct tc_name {
    tc_value name; /* as printed, e.g. "Mao, Zedong" */
    tc_name_kind kind;
} tc_name;

typedef struct tc_names {
    tc_name *v;
    size_t n;
    size_t cap;
} tc_names;

/* Someone named in the Source string with what they did. */
typedef struct tc_resp {
    char *resp;    /* "translated by", "contributed by", "transcribed by" */
    char *name;    /* "Sergey Radchenko" */
    char *for_org; /* "NKIDP" in "Translated for NKIDP by …"; may be NULL */
} tc_resp;

typedef struct tc_resps {
    tc_resp *v;
    size_t n;
    size_t cap;
} tc_resps;

/* The Source string split into its parts; every part may be NULL. */
typedef struct tc_source {
    tc_value printed; /* the whole string as printed */
    char *repository; /* "AVPRF" */
    char *reference;  /* "fond 0102, opis 23, papka 110, delo 3" */
    char *locus;      /* "pp. 10-12" */
    tc_resps resps;   /* translators, contributors, transcribers */
} tc_source;

/* A language: name as printed and its codes (NULL when unknown). */
typedef struct tc_lang {
    tc_value name;         /* "Russian" */
    const char *bcp47;     /* "ru"; static storage */
    const char *iso639_2b; /* "rus"; static storage */
} tc_lang;

typedef struct tc_langs {
    tc_lang *v;
    size_t n;
    size_t cap;
} tc_langs;

/* Body blocks, in reading order. Inline editorial marks ([…], [sic], (p. 1),
 * F[oreign] …) stay in the text as printed; tei_build marks them up. */
typedef enum tc_block_kind {
    TC_BLOCK_PARA = 0,     /* ordinary paragraph */
    TC_BLOCK_HEAD,         /* a heading inside the document */
    TC_BLOCK_CITATION,     /* archival citation in brackets at the top */
    TC_BLOCK_HEADER,       /* classification, copy number, telegram header */
    TC_BLOCK_ITEM,         /* numbered, lettered or roman-numbered point */
    TC_BLOCK_SPEECH,       /* "SPEAKER: words" */
    TC_BLOCK_DISTRIBUTION, /* "- Comrade X" lines, "Five copies printed" */
    TC_BLOCK_SIGNATURE,    /* signature block at the end */
    TC_BLOCK_NOTE          /* a footnote text "[1] …" at the end */
} tc_block_kind;

typedef struct tc_block {
    tc_block_kind kind;
    tc_value text; /* the block's text; lines joined by '\n' when
                              the layout matters (HEADER, SIGNATURE,
                              DISTRIBUTION), by ' ' otherwise */
    char *label;   /* ITEM: "1.", "a)", "IV."; SPEECH: speaker;
                              NOTE: "1"; else NULL */
} tc_block;

typedef struct tc_blocks {
    tc_block *v;
    size_t n;
    size_t cap;
} tc_blocks;

struct tc_record {
    char *file;         /* input name for diagnostics; may be NULL */
    int page_layout;    /* 1: a saved Digital Archive page */
    tc_value publisher; /* Publisher label; page layout implies the
                                  Wilson Center Digital Archive */
    tc_value title;
    tc_date date;
    tc_value summary;       /* its paragraphs separated by '\n' (a line break
                          inside one is a space by then) */
    tc_names authors;       /* Author(s) */
    tc_values funders;      /* "made possible with support from …", donors */
    tc_source source;       /* Source */
    tc_values rights;       /* Rights, one value per paragraph */
    tc_value uploaded;      /* Original Uploaded Date as printed */
    char *uploaded_iso;     /* its ISO form, NULL if unreadable */
    tc_langs languages;     /* Language (original languages) */
    tc_value record_id;     /* Record ID */
    tc_values places;       /* Associated Places */
    tc_values subjects;     /* Subjects Discussed (LCSH) */
    tc_names names;         /* Associated People & Organizations */
    tc_values topics;       /* Associated Topics */
    tc_values contributors; /* Document Contributors */
    tc_values related;      /* Related Documents */
    tc_values archive;      /* Original Archive */
    tc_values classification; /* Original Classification */
    tc_values doc_types;      /* Type: "Telegram", "Memorandum" */
    tc_values collections;    /* Collection(s) the archive files it under */
    tc_value citation;        /* "Title," date, … Digital Archive, source
                                  (older page layout); may be NULL */
    tc_blocks body;
    tc_values dropped; /* page chrome dropped on purpose, as printed */
};

/* ---- helpers for building a record (record.c) -------------------------- */

/* Each returns TC_OK or TC_E_NOMEM; text is copied (len bytes; (size_t)-1
 * means up to the NUL). */
tc_record *tc_record_new(const char *file);
tc_status tc_value_set(tc_value *dst, const char *text, size_t len, long line,
                       long col);
tc_status tc_values_push(tc_values *list, const char *text, size_t len,
                         long line, long col);
/* Like tc_values_push (whole string), unless the list holds text already
 * (a funder named by the credit line and again under Donors). */
tc_status tc_values_push_unique(tc_values *list, const char *text, long line,
                                long col);
tc_status tc_names_push(tc_names *list, const char *text, size_t len, long line,
                        long col, tc_name_kind kind);
tc_status tc_resps_push(tc_resps *list, const char *resp, const char *name,
                        const char *for_org);
tc_status tc_langs_push(tc_langs *list, const char *text, size_t len, long line,
                        long col);
tc_status tc_blocks_push(tc_blocks *list, tc_block_kind kind, const char *text,
                         size_t len, long line, long col, const char *label);
void tc_value_clear(tc_value *v);

/* Body blocks arrive from the parser as TC_BLOCK_PARA with their lines
 * joined by '\n'; this gives each its kind (header, list item, speech,
 * signature …), splits blocks where the kind changes and joins the lines
 * of flowing text with spaces (body_blocks.c). */
tc_status tc_body_classify(tc_blocks *body);

#endif /* TC_RECORD_H */
