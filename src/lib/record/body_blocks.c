/* body_blocks.c: the kinds of body blocks (paragraph, header, list item,
 * speech, signature …) told apart from their text and layout. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/record.h"
#include "base/util.h"

/* Saved web pages put a whole paragraph on one line, so a line break inside
 * a block is layout the page itself had (<br>): headers, addresses, lists,
 * signatures. The classifier therefore works line by line: each line gets a
 * kind, runs of lines become units, and passes over the units look at their
 * place in the body (top, tail) where the line alone cannot tell. Every
 * test looks at a bounded prefix of a line, so the whole is linear.
 * Nothing is dropped: a block's label plus its text is what the lines
 * said, line breaks kept as '\n' (tei_inline.c decides what they become). */

typedef enum line_kind {
    LK_TEXT = 0,
    LK_HEADER, /* strong: "Top Secret", "Copy 19 of 50", "CIPHERED TELEGRAM" */
    LK_WEAK,   /* header only beside strong ones: "From Havana", "26.10.62" */
    LK_CITE,   /* "[АВП РФ, ф. 0102, оп. 23 …]" */
    LK_DASH,   /* "- Comrade X" */
    LK_DIST,   /* "Five copies printed", "Distribution:" */
    LK_ITEM,   /* "1. …", "a) …", "IV. …" */
    LK_SPEECH, /* "North (KIM): …", "H. KOHL. …" */
    LK_NOTE    /* "[1] …" */
} line_kind;

typedef struct bline {
    const char *s;
    size_t len;
    long line, col;
    line_kind kind;
    size_t label_len; /* bytes of the label at the start of s */
    int dot_speaker;  /* LK_SPEECH from the "H. KOHL." form */
    int cont;         /* continues the sentence of the line before */
} bline;

typedef struct unit {
    tc_block_kind kind;
    size_t from, to; /* lines [from, to) */
    int merged;      /* absorbed into the unit before it */
} unit;

/* ---- characters ---------------------------------------------------------- */

/* The code point at s (len bytes left); *n gets its length. Input is valid
 * UTF-8 (checked at decoding), but stay safe on anything. */
static unsigned cp_at(const char *s, size_t len, size_t *n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 0) {
        *n = 0;
        return 0;
    }
    if (u[0] < 0x80 || len < 2) {
        *n = 1;
        return u[0];
    }
    if ((u[0] & 0xE0) == 0xC0) {
        *n = 2;
        return ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    }
    if ((u[0] & 0xF0) == 0xE0 && len >= 3) {
        *n = 3;
        return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
    }
    *n = 1;
    return u[0];
}

static int is_upper(unsigned c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c < 0x180 && c % 2 == 0) ||
           (c >= 0x400 && c <= 0x42F);
}

static int is_lower(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c < 0x180 && c % 2 == 1) ||
           (c >= 0x430 && c <= 0x45F);
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_space(char c)
{
    return c == ' ' || c == '\t';
}

static int is_ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* s starts with word (ASCII case ignored) followed by a non-letter. */
static int starts_word(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len < n || strncasecmp(s, word, n) != 0)
        return 0;
    return len == n || !is_ascii_alpha(s[n]);
}

/* s contains needle (ASCII case ignored) within its first lim bytes. */
static int has_word(const char *s, size_t len, const char *needle, size_t lim)
{
    size_t n = strlen(needle);
    if (len > lim)
        len = lim;
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, needle, n) == 0)
            return 1;
    return 0;
}

static size_t count_words(const char *s, size_t len)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_space(s[i]))
            in = 0;
        else if (!in) {
            in = 1;
            w++;
        }
    }
    return w;
}

static int is_roman(const char *s, size_t n)
{
    if (n == 0 || n > 7)
        return 0;
    const char *set = s[0] >= 'A' && s[0] <= 'Z' ? "IVXL" : "ivxl";
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\0' || !strchr(set, s[i]))
            return 0;
    return 1;
}

/* ---- line kinds -------------------------------------------------------- */

/* Skip leading bracketed marks ("[Handwritten] Copy A") and spaces. */
static size_t skip_marks(const char *s, size_t len)
{
    size_t p = 0;
    while (p < len && s[p] == '[') {
        size_t q = p + 1;
        while (q < len && q < p + 40 && s[q] != ']' && s[q] != '[')
            q++;
        if (q >= len || s[q] != ']')
            break;
        p = q + 1;
        while (p < len && is_space(s[p]))
            p++;
    }
    return p;
}

/* The line without trailing punctuation is exactly one of phrases. */
static int is_phrase(const char *s, size_t len, const char *const *phrases,
                     size_t n)
{
    while (len > 0 && strchr(".:!;", s[len - 1]))
        len--;
    for (size_t i = 0; i < n; i++)
        if (strlen(phrases[i]) == len && strncasecmp(s, phrases[i], len) == 0)
            return 1;
    return 0;
}

/* "26/X/62", "26.10.1962": day, month (roman or digits), year. *roman is
 * set for the telegram form with a roman month. */
static int is_numeric_date(const char *s, size_t len, int *roman)
{
    size_t p = 0;
    while (p < len && p < 2 && is_digit(s[p]))
        p++;
    if (p == 0 || p >= len || (s[p] != '/' && s[p] != '.'))
        return 0;
    char sep = s[p++];
    size_t m = p;
    while (p < len && p - m < 4 && (strchr("IVX", s[p]) || is_digit(s[p])))
        p++;
    if (p == m || p >= len || s[p] != sep)
        return 0;
    *roman = !is_digit(s[m]);
    p++;
    size_t y = p;
    while (p < len && is_digit(s[p]))
        p++;
    if (p - y != 2 && p - y != 4)
        return 0;
    return p == len || is_space(s[p]) || s[p] == ',';
}

static int header_strong(const char *s, size_t len)
{
    /* clang-format off */
    static const char *const phrases[] = {
        "top secret", "secret", "strictly secret", "confidential",
        "strictly confidential", "indefinite duration",
        "of special importance", "special importance", "special file",
        "personal", "urgent", "very urgent", "immediate", "priority",
        "eyes only", "for your eyes only", "not for publication",
        "declassified", "restricted", "unclassified", "top secret/sensitive",
        "secret/nodis", "secret/exdis", "limited official use", "nodis",
        "exdis", "personal and confidential", "not to be published",
        "for official use only",
        /* секретно, Секретно, СЕКРЕТНО */
        "\xD1\x81\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB5\xD1\x82\xD0\xBD\xD0\xBE",
        "\xD0\xA1\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB5\xD1\x82\xD0\xBD\xD0\xBE",
        "\xD0\xA1\xD0\x95\xD0\x9A\xD0\xA0\xD0\x95\xD0\xA2\xD0\x9D\xD0\x9E",
        /* Совершенно секретно, СОВЕРШЕННО СЕКРЕТНО */
        "\xD0\xA1\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x80\xD1\x88\xD0\xB5\xD0\xBD" /* NOLINT(bugprone-suspicious-missing-comma): one phrase */
        "\xD0\xBD\xD0\xBE \xD1\x81\xD0\xB5\xD0\xBA\xD1\x80\xD0\xB5\xD1\x82"
        "\xD0\xBD\xD0\xBE",
        "\xD0\xA1\xD0\x9E\xD0\x92\xD0\x95\xD0\xA0\xD0\xA8\xD0\x95\xD0\x9D"
        "\xD0\x9D\xD0\x9E \xD0\xA1\xD0\x95\xD0\x9A\xD0\xA0\xD0\x95\xD0\xA2"
        "\xD0\x9D\xD0\x9E",
    };
    /* clang-format on */
    size_t p = skip_marks(s, len);
    s += p;
    len -= p;
    if (len == 0)
        return 0;
    if (is_phrase(s, len, phrases, sizeof phrases / sizeof phrases[0]))
        return 1;
    /* "Copy 19 of 50", "Copy No. 3", "Copy A", "Copy №2" */
    if (starts_word(s, len, "copy") && len <= 40) {
        size_t q = 4;
        while (q < len && is_space(s[q]))
            q++;
        if (q < len && (is_digit(s[q]) || starts_word(s + q, len - q, "no") ||
                        s[q] == '#' || (s[q] >= 'A' && s[q] <= 'Z') ||
                        (unsigned char)s[q] == 0xE2))
            return 1;
    }
    if ((starts_word(s, len, "ex") || starts_word(s, len, "exemplar")) &&
        has_word(s, len, "no", 12))
        return 1;
    /* "CIPHERED TELEGRAM", "Telegram No. 123" */
    if (count_words(s, len) <= 6 &&
        (has_word(s, len, "telegram", len) ||
         has_word(s, len, "cipher", len)) &&
        !strchr(".?!", s[len - 1]))
        return 1;
    int roman = 0;
    return is_numeric_date(s, len, &roman) && roman;
}

static int header_weak(const char *s, size_t len)
{
    /* "From Havana", "To: Moscow" */
    static const char *const addr[] = {"from", "to", "fr"};
    /* "Date: …", "Subject: …": only with their colon */
    static const char *const labelled[] = {
        "date", "time",      "sent",  "received", "subject", "re",
        "via",  "attention", "place", "ref",      "file",
    };
    if (len > 80)
        return 0;
    for (size_t i = 0; i < sizeof addr / sizeof addr[0]; i++) {
        size_t n = strlen(addr[i]);
        if (starts_word(s, len, addr[i]) && len > n &&
            (s[n] == ':' || s[n] == ' '))
            return 1;
    }
    for (size_t i = 0; i < sizeof labelled / sizeof labelled[0]; i++) {
        size_t n = strlen(labelled[i]);
        if (starts_word(s, len, labelled[i]) && len > n && s[n] == ':')
            return 1;
    }
    /* "No. 52", "No 52", "Nr. 52", "№ 52" */
    if ((starts_word(s, len, "no") || starts_word(s, len, "nr")) && len > 3 &&
        (s[2] == '.' || (s[2] == ' ' && is_digit(s[3]))))
        return 1;
    if (len >= 3 && memcmp(s, "\xE2\x84\x96", 3) == 0)
        return 1;
    int roman = 0;
    return is_numeric_date(s, len, &roman);
}

/* "- Comrade X", "– X", "• X": the dash is the label. */
static size_t dash_label(const char *s, size_t len)
{
    size_t n = 0;
    if (len >= 2 && (s[0] == '-' || s[0] == '*'))
        n = 1;
    else if (len >= 4 && (memcmp(s, "\xE2\x80\x93", 3) == 0 ||
                          memcmp(s, "\xE2\x80\x94", 3) == 0 ||
                          memcmp(s, "\xE2\x80\xA2", 3) == 0))
        n = 3;
    return n && n < len && is_space(s[n]) ? n : 0;
}

static int dist_line(const char *s, size_t len)
{
    if (starts_word(s, len, "distribution") || starts_word(s, len, "cc:") ||
        starts_word(s, len, "copies to") || starts_word(s, len, "sent to") ||
        starts_word(s, len, "printed in"))
        return len <= 120;
    return len <= 80 && has_word(s, len, "cop", len) &&
           (has_word(s, len, "printed", len) || has_word(s, len, "made", len) ||
            has_word(s, len, "sent", len) || has_word(s, len, "typed", len));
}

static int dist_keyword(const char *s, size_t len)
{
    return has_word(s, len, "comrade", 60) || has_word(s, len, "com.", 60) ||
           has_word(s, len, "tov.", 60) || has_word(s, len, "copy", 60) ||
           has_word(s, len, "copies", 60) || has_word(s, len, "to file", 60) ||
           has_word(s, len, "\xD1\x82\xD0\xBE\xD0\xB2.", 60); /* тов. */
}

/* "1.", "12)", "(3)", "a)", "(b)", "a.", "IV.", "iv)": length of the label,
 * 0 when the line does not start with one. A space (or the end) follows. */
static size_t item_label(const char *s, size_t len)
{
    size_t p = 0;
    int paren = s[0] == '(';
    if (paren)
        p = 1;
    size_t start = p;
    while (p < len && p - start < 8 && (is_ascii_alpha(s[p]) || is_digit(s[p])))
        p++;
    size_t n = p - start;
    if (n == 0 || p >= len)
        return 0;
    char close = s[p];
    if (paren ? close != ')' : (close != '.' && close != ')'))
        return 0;
    if (p + 1 < len && !is_space(s[p + 1]))
        return 0;
    const char *w = s + start;
    int digits = 1;
    for (size_t i = 0; i < n; i++)
        digits &= is_digit(w[i]);
    if (digits)
        return n <= 3 ? p + 1 : 0;
    if (n == 1) {
        char c = w[0];
        if ((c >= 'a' && c <= 'z') || close == ')')
            return p + 1;
        /* a capital and a dot is an initial ("V. Molotov"); I, V and X
         * are points only when no name follows */
        if (!strchr("IVX", c))
            return 0;
        size_t q = p + 1, k, k2;
        while (q < len && is_space(s[q]))
            q++;
        if (q < len && is_upper(cp_at(s + q, len - q, &k)) && q + k < len &&
            (s[q + k] == '.' || (is_lower(cp_at(s + q + k, len - q - k, &k2)) &&
                                 count_words(s + q, len - q) <= 3)))
            return 0;
        return p + 1;
    }
    return is_roman(w, n) ? p + 1 : 0;
}

/* First words of a "Word: …" line that is not a speaker's turn. */
static int speaker_stop(const char *s, size_t len)
{
    /* clang-format off */
    static const char *const stop[] = {
        "note", "notes", "subject", "re", "to", "from", "copy", "copies",
        "attachment", "attachments", "enclosure", "distribution", "source",
        "date", "time", "place", "location", "ref", "reference", "translation",
        "translator", "summary", "cc", "ps", "p.s.", "agenda", "participants",
        "present", "attendees", "sent", "received", "memorandum",
        "classification", "telegram", "addressee", "drafted", "approved",
        "cleared", "clearance", "comment", "comments", "remark", "remarks",
        "record", "title", "author", "document", "page", "item", "topic",
        "top", "secret", "confidential", "urgent", "attention", "annex",
        "appendix", "tel", "fax", "telephone", "address", "memo", "encl",
        "signed", "signature", "archive", "fond", "folder", "box", "series",
        "declassified", "language", "rights", "conclusion", "conclusions",
        "result", "results", "point", "points", "total", "example", "for",
        "in", "on", "at", "the", "as", "this", "that", "these", "after",
        "before", "then", "first", "second", "finally", "also", "but", "and",
        "if", "when", "meanwhile", "however", "moreover", "thus",
        "therefore", "moscow", "beijing", "washington", "pyongyang", "berlin",
        "warsaw", "budapest", "prague", "havana", "question", "answer",
        "it", "he", "she", "we", "they", "i", "there", "our", "his", "their",
    };
    /* clang-format on */
    for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
        if (strlen(stop[i]) == len && strncasecmp(s, stop[i], len) == 0)
            return 1;
    return 0;
}

/* "North (KIM): …", "Comrade Kim Il Sung: …", "Mr. Kissinger: …": length
 * of the label with its colon, 0 if none. */
static size_t speaker_colon(const char *s, size_t len)
{
    static const char *const link[] = {"de", "da",  "van", "von", "der", "al",
                                       "el", "bin", "ibn", "of",  "the", "and",
                                       "le", "la",  "du",  "dos", "di",  "y"};
    size_t lim = len < 80 ? len : 80;
    size_t colon = 0;
    while (colon < lim && s[colon] != ':')
        colon++;
    if (colon == 0 || colon >= lim)
        return 0;
    size_t after = colon + 1;
    while (after < len && is_space(s[after]))
        after++;
    if (after >= len)
        return 0;
    size_t p = 0, words = 0;
    while (p < colon) {
        while (p < colon && is_space(s[p]))
            p++;
        if (p >= colon)
            break;
        size_t w = p;
        if (s[p] == '(') {
            while (p < colon && s[p] != ')')
                p++;
            if (p >= colon || words == 0)
                return 0;
            p++;
            words++;
            continue;
        }
        size_t k;
        int upper = is_upper(cp_at(s + p, colon - p, &k));
        while (p < colon && !is_space(s[p])) {
            unsigned char b = (unsigned char)s[p];
            if (is_digit(s[p]) || (b < 0x80 && strchr(",;!?\"()[]/", s[p])))
                return 0;
            p++;
        }
        size_t wl = p - w;
        if (words == 0 && speaker_stop(s + w, wl))
            return 0;
        if (!upper) {
            int ok = 0;
            for (size_t i = 0; i < sizeof link / sizeof link[0]; i++)
                ok |= strlen(link[i]) == wl && strncmp(s + w, link[i], wl) == 0;
            if (!ok || words == 0)
                return 0;
        }
        if (++words > 6)
            return 0;
    }
    return words ? colon + 1 : 0;
}

/* "H. KOHL. …", "GORBACHEV. …", "M.S. GORBACHEV. …": the label with its
 * dot, 0 if none. Only trusted when the body has several (see classify). */
static size_t speaker_dot(const char *s, size_t len)
{
    size_t p = 0, k, k2;
    /* initials */
    while (p < len && is_upper(cp_at(s + p, len - p, &k)) && p + k < len &&
           s[p + k] == '.') {
        p += k + 1;
        while (p < len && is_space(s[p]))
            p++;
    }
    size_t name = p, caps = 0, words = 1;
    while (p < len && p - name < 60) {
        unsigned c = cp_at(s + p, len - p, &k);
        if (is_upper(c)) {
            caps++;
            p += k;
        } else if (s[p] == '-' || s[p] == '\'') {
            p++;
        } else if (s[p] == ' ' && p + 1 < len && words < 3 &&
                   is_upper(cp_at(s + p + 1, len - p - 1, &k2)) &&
                   !is_lower(cp_at(s + p + 1 + k2, len - p - 1 - k2, &k))) {
            words++;
            p++;
        } else {
            break;
        }
    }
    if (caps < 3 || p >= len || s[p] != '.' || is_roman(s + name, p - name))
        return 0;
    if (p + 2 >= len || !is_space(s[p + 1]))
        return 0;
    return p + 1;
}

/* "[1] text": the label "[1]" (brackets included in the length). */
static size_t note_label(const char *s, size_t len)
{
    if (len < 4 || s[0] != '[')
        return 0;
    size_t p = 1;
    while (p < len && p < 4 && is_digit(s[p]))
        p++;
    if (p == 1 || p >= len || s[p] != ']')
        return 0;
    return p + 1 < len && !is_space(s[p + 1]) ? 0 : p + 1;
}

/* A whole line in brackets that reads like an archival reference. */
static int cite_line(const char *s, size_t len)
{
    if (len < 10 || s[0] != '[' || s[len - 1] != ']')
        return 0;
    int comma = 0, digit = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        if (s[i] == '[' || s[i] == ']')
            return 0;
        comma |= s[i] == ',';
        digit |= is_digit(s[i]);
    }
    return comma && digit;
}

/* The label length a labelled kind of line starts with, or 0. */
typedef size_t (*label_fn)(const char *s, size_t len);

static int labelled(bline *l, label_fn fn, int kind)
{
    size_t n = fn(l->s, l->len);
    if (n == 0)
        return 0;
    l->kind = kind;
    l->label_len = n;
    return 1;
}

static void classify_line(bline *l)
{
    const char *s = l->s;
    size_t len = l->len;
    if (header_strong(s, len)) {
        l->kind = LK_HEADER;
    } else if (cite_line(s, len)) {
        l->kind = LK_CITE;
    } else if (labelled(l, note_label, LK_NOTE)) {
    } else if (dist_line(s, len)) {
        l->kind = LK_DIST;
    } else if (labelled(l, dash_label, LK_DASH) ||
               labelled(l, speaker_colon, LK_SPEECH) ||
               labelled(l, item_label, LK_ITEM)) {
    } else if (labelled(l, speaker_dot, LK_SPEECH)) {
        l->dot_speaker = 1;
    } else if (header_weak(s, len)) {
        l->kind = LK_WEAK;
    } else {
        l->kind = LK_TEXT;
    }
}

/* ---- hard-wrapped prose ------------------------------------------------- */

/* A line that stops mid-sentence: long, and its last character (before
 * closing quotes and brackets) ends no sentence or clause. */
static int stops_mid_sentence(const bline *l)
{
    size_t n = l->len;
    if (n < 40)
        return 0;
    for (;;) {
        if (n > 0 && strchr("\"')]", l->s[n - 1])) {
            n--;
        } else if (n >= 3 && (memcmp(l->s + n - 3, "\xE2\x80\x9D", 3) == 0 ||
                              memcmp(l->s + n - 3, "\xE2\x80\x99", 3) == 0)) {
            n -= 3; /* ” ’ */
        } else if (n >= 2 && memcmp(l->s + n - 2, "\xC2\xBB", 2) == 0) {
            n -= 2; /* » */
        } else {
            break;
        }
    }
    return n > 0 && !strchr(".!?:;", l->s[n - 1]);
}

/* Text wrapped at a fixed width (a labelled record typed by hand, or
 * teiconv's own text output read back) breaks lines inside sentences, so
 * a line can start with words that would otherwise open a header or a
 * distribution list ("sent to Moscow", "copy no. 3", "from Havana"), and
 * a first line can hold "copies … made" by chance. A line continues the
 * sentence of the line before when that one is long and stopped
 * mid-sentence, and it starts with a small letter, or both lines are
 * filled to a width (text in capitals). Such lines are text, and so is
 * the line they continue. Labels (list items, speakers, notes, "- ") keep
 * their meaning: they do not start with a small letter, and lines that
 * carry them are seldom filled; a header phrase ("Top Secret") gives way
 * only to a line in small letters. */
static void join_wrapped(bline *lines, size_t from, size_t to)
{
    for (size_t i = from + 1; i < to; i++) {
        bline *prev = &lines[i - 1], *l = &lines[i];
        size_t k;
        if (l->len == 0 || !stops_mid_sentence(prev))
            continue;
        int lower = is_lower(cp_at(l->s, l->len, &k));
        if (!lower && (prev->len < 60 || l->len < 60))
            continue;
        if (l->kind == LK_WEAK || l->kind == LK_DIST || l->kind == LK_CITE ||
            (lower && l->kind == LK_HEADER)) {
            l->kind = LK_TEXT;
            l->label_len = 0;
        }
        if (l->kind == LK_TEXT)
            l->cont = 1;
        if (prev->kind == LK_WEAK || prev->kind == LK_DIST ||
            prev->kind == LK_CITE || (lower && prev->kind == LK_HEADER))
            prev->kind = LK_TEXT;
    }
}

/* ---- units --------------------------------------------------------------- */

typedef struct cls {
    bline *l;
    size_t nl;
    size_t *block_of; /* input block of each line */
    unit *u;
    size_t nu;
} cls;

static int short_line(const bline *l)
{
    size_t w = count_words(l->s, l->len);
    return l->len <= 60 && w <= 8 &&
           !(l->len > 0 && strchr(".?!", l->s[l->len - 1]) && w > 3);
}

static int header_side(const bline *l)
{
    return l->kind == LK_WEAK || l->kind == LK_HEADER ||
           (l->kind == LK_TEXT && short_line(l));
}

/* Lines [from, to) of one input block into units. */
static void cut_units(cls *c, size_t from, size_t to)
{
    /* a run of header lines: strong ones with weak or short lines around */
    for (size_t i = from; i < to; i++) {
        if (c->l[i].kind != LK_HEADER)
            continue;
        size_t a = i, b = i + 1;
        while (a > from && header_side(&c->l[a - 1]))
            a--;
        while (b < to && header_side(&c->l[b]))
            b++;
        for (size_t k = a; k < b; k++)
            c->l[k].kind = LK_HEADER;
        i = b - 1;
    }
    size_t i = from;
    while (i < to) {
        unit *u = &c->u[c->nu++];
        u->from = i;
        u->merged = 0;
        line_kind k = c->l[i].kind;
        i++;
        switch (k) {
        case LK_HEADER:
            u->kind = TC_BLOCK_HEADER;
            while (i < to && c->l[i].kind == LK_HEADER)
                i++;
            break;
        case LK_DASH:
        case LK_DIST:
            u->kind = TC_BLOCK_DISTRIBUTION;
            while (i < to &&
                   (c->l[i].kind == LK_DASH || c->l[i].kind == LK_DIST))
                i++;
            break;
        case LK_CITE:
            u->kind = TC_BLOCK_CITATION;
            break;
        case LK_ITEM:
        case LK_SPEECH:
        case LK_NOTE:
            u->kind = k == LK_ITEM     ? TC_BLOCK_ITEM
                      : k == LK_SPEECH ? TC_BLOCK_SPEECH
                                       : TC_BLOCK_NOTE;
            while (i < to &&
                   (c->l[i].kind == LK_TEXT || c->l[i].kind == LK_WEAK))
                i++;
            break;
        default:
            u->kind = TC_BLOCK_PARA;
            while (i < to &&
                   (c->l[i].kind == LK_TEXT || c->l[i].kind == LK_WEAK))
                i++;
            break;
        }
        u->to = i;
    }
}

static int unit_all(const cls *c, const unit *u, line_kind k)
{
    for (size_t i = u->from; i < u->to; i++)
        if (c->l[i].kind != k)
            return 0;
    return 1;
}

static int unit_has(const cls *c, const unit *u, int (*f)(const char *, size_t))
{
    for (size_t i = u->from; i < u->to; i++)
        if (f(c->l[i].s, c->l[i].len))
            return 1;
    return 0;
}

/* Weak header lines ("From Havana", "26.10.62") standing alone at the top
 * join a header found there (the mirror layout has no blank lines, so each
 * line is its own block). Citations count only at the top. */
static void top_headers(cls *c)
{
    size_t top = 0;
    int header = 0;
    while (top < c->nu && (c->u[top].kind == TC_BLOCK_HEADER ||
                           c->u[top].kind == TC_BLOCK_CITATION ||
                           (c->u[top].kind == TC_BLOCK_PARA &&
                            unit_all(c, &c->u[top], LK_WEAK)))) {
        header |= c->u[top].kind == TC_BLOCK_HEADER;
        top++;
    }
    for (size_t i = 0; header && i < top; i++)
        if (c->u[i].kind == TC_BLOCK_PARA)
            c->u[i].kind = TC_BLOCK_HEADER;
    for (size_t i = top; i < c->nu; i++)
        if (c->u[i].kind == TC_BLOCK_CITATION)
            c->u[i].kind = TC_BLOCK_PARA;
}

/* Footnote texts count only in the tail of the body; returns the first. */
static size_t tail_notes(cls *c)
{
    size_t first = c->nu;
    while (first > 0 && c->u[first - 1].kind == TC_BLOCK_NOTE)
        first--;
    for (size_t i = 0; i < first; i++)
        if (c->u[i].kind == TC_BLOCK_NOTE) {
            c->u[i].kind = TC_BLOCK_PARA;
            c->l[c->u[i].from].label_len = 0;
        }
    return first;
}

/* "V. Moskovsky", "Ambassador", "/s/", "(signature)": a line of a
 * signature block. */
static int signature_cue(const char *s, size_t len)
{
    /* clang-format off */
    static const char *const cues[] = {
        "/s/", "(signature)", "[signature]", "(signed)", "signed",
        "ambassador", "charg", "minister", "secretary", "chairman",
        "counsellor", "counselor", "attach", "director", "head of", "chief",
        "consul", "president", "deputy", "commander", "premier", "sincerely",
        "respectfully", "greetings", "yours", "on behalf",
    };
    /* clang-format on */
    for (size_t i = 0; i < sizeof cues / sizeof cues[0]; i++)
        if (has_word(s, len, cues[i], 80))
            return 1;
    /* an initial and a name: "V. Moskovsky", "N.S. Khrushchev" */
    size_t k, k2, k3;
    for (size_t p = 0; p + 3 < len && p < 80; p++) {
        if ((p == 0 || s[p - 1] == ' ' || s[p - 1] == '.') &&
            is_upper(cp_at(s + p, len - p, &k)) && p + k < len &&
            s[p + k] == '.') {
            size_t q = p + k + 1;
            while (q < len && s[q] == ' ')
                q++;
            if (q + 1 < len && is_upper(cp_at(s + q, len - q, &k2)) &&
                q + k2 < len && is_lower(cp_at(s + q + k2, len - q - k2, &k3)))
                return 1;
        }
    }
    /* a name in capitals: "ZHOU ENLAI" */
    size_t up = 0, low = 0;
    for (size_t p = 0; p < len; p += k) {
        unsigned ch = cp_at(s + p, len - p, &k);
        up += is_upper(ch);
        low += is_lower(ch);
    }
    return up >= 4 && low == 0 && len <= 40 && count_words(s, len) <= 4;
}

static int signature_unit(const cls *c, const unit *u)
{
    if (u->to - u->from > 8 || u->kind != TC_BLOCK_PARA)
        return 0;
    for (size_t i = u->from; i < u->to; i++) {
        const bline *l = &c->l[i];
        if (l->cont) /* a sentence running over lines is prose */
            return 0;
        /* a line of prose, even hard-wrapped at 78 columns, holds more
         * words than any line of a signature */
        if (l->len > 80 || count_words(l->s, l->len) > 10)
            return 0;
        if (l->len && strchr(".?!", l->s[l->len - 1]) &&
            count_words(l->s, l->len) > 5)
            return 0;
    }
    return unit_has(c, u, signature_cue);
}

/* Signature blocks: the short lines with a name or a title after the last
 * paragraph (before footnotes and a distribution list). */
static void tail_signature(cls *c, size_t notes_at)
{
    size_t i = notes_at;
    while (i > 0 && c->u[i - 1].kind == TC_BLOCK_DISTRIBUTION)
        i--;
    size_t taken = 0;
    while (i > 1 && taken < 4 && signature_unit(c, &c->u[i - 1])) {
        /* keep at least one ordinary block before the signature */
        int text_before = 0;
        for (size_t j = 0; j + 1 < i && !text_before; j++)
            text_before = c->u[j].kind == TC_BLOCK_PARA ||
                          c->u[j].kind == TC_BLOCK_SPEECH ||
                          c->u[j].kind == TC_BLOCK_ITEM;
        if (!text_before)
            break;
        c->u[--i].kind = TC_BLOCK_SIGNATURE;
        taken++;
    }
}

/* A run of "- X" lines is a distribution list when it names comrades or
 * copies, sits beside "N copies printed", or follows the signature;
 * otherwise it is a list of points. */
static void resolve_dashes(cls *c)
{
    int after_sig = 0;
    for (size_t i = 0; i < c->nu; i++) {
        unit *u = &c->u[i];
        after_sig |= u->kind == TC_BLOCK_SIGNATURE;
        if (u->kind != TC_BLOCK_DISTRIBUTION || after_sig ||
            !unit_all(c, u, LK_DASH) || unit_has(c, u, dist_keyword))
            continue;
        if (i > 0 && c->u[i - 1].kind == TC_BLOCK_DISTRIBUTION)
            continue;
        if (i + 1 < c->nu && c->u[i + 1].kind == TC_BLOCK_DISTRIBUTION &&
            !unit_all(c, &c->u[i + 1], LK_DASH))
            continue;
        u->kind = TC_BLOCK_ITEM;
    }
}

/* A single short line standing alone, in capitals or title case, with
 * more text after it: a heading. */
static int heading_unit(const cls *c, const unit *u)
{
    if (u->kind != TC_BLOCK_PARA || u->to - u->from != 1)
        return 0;
    const bline *l = &c->l[u->from];
    if (l->len == 0 || l->len > 100 || count_words(l->s, l->len) > 14 ||
        l->s[0] == '[' || l->s[0] == '(')
        return 0;
    size_t up = 0, low = 0, k;
    for (size_t p = 0; p < l->len; p += k) {
        unsigned ch = cp_at(l->s + p, l->len - p, &k);
        up += is_upper(ch);
        low += is_lower(ch);
    }
    if (low == 0)
        return up >= 3;
    if (!is_upper(cp_at(l->s, l->len, &k)) ||
        strchr(".,;:!?\"')", l->s[l->len - 1]) ||
        (unsigned char)l->s[l->len - 1] >= 0x80)
        return 0;
    /* most long words capitalised */
    size_t words = 0, caps = 0, p = 0;
    while (p < l->len) {
        while (p < l->len && is_space(l->s[p]))
            p++;
        size_t w = p;
        while (p < l->len && !is_space(l->s[p]))
            p++;
        if (p - w >= 4) {
            words++;
            caps += is_upper(cp_at(l->s + w, p - w, &k));
        }
    }
    return words > 0 && caps * 2 >= words + 1;
}

static void headings(cls *c, size_t notes_at)
{
    size_t last_text = 0;
    for (size_t i = 0; i < notes_at; i++)
        if (c->u[i].kind != TC_BLOCK_SIGNATURE &&
            c->u[i].kind != TC_BLOCK_DISTRIBUTION)
            last_text = i;
    for (size_t i = 0; i < last_text; i++)
        if (heading_unit(c, &c->u[i]))
            c->u[i].kind = TC_BLOCK_HEAD;
}

/* Adjacent header, distribution and signature units are one block. */
static void merge_layout(cls *c)
{
    size_t p = 0;
    for (size_t i = 1; i < c->nu; i++) {
        tc_block_kind k = c->u[i].kind;
        if (k == c->u[p].kind &&
            (k == TC_BLOCK_HEADER || k == TC_BLOCK_DISTRIBUTION ||
             k == TC_BLOCK_SIGNATURE))
            c->u[i].merged = 1;
        else
            p = i;
    }
}

/* ---- output -------------------------------------------------------------- */

/* One block of kind from lines [from, to); the first line's label (of
 * label_len bytes) goes to the block's label. */
static tc_status emit_lines(const cls *c, tc_block_kind kind, size_t from,
                            size_t to, size_t lab, tc_blocks *out)
{
    const bline *first = &c->l[from];
    char *label = NULL;
    if (lab) {
        size_t a = 0, b = lab;
        if (kind == TC_BLOCK_NOTE) { /* "[1]" keeps "1" */
            a = 1;
            b = lab - 1;
        }
        label = tc_strndup(first->s + a, b - a);
        if (!label)
            return TC_E_NOMEM;
    }
    tc_buf b = {0};
    size_t skip = lab;
    while (skip < first->len && is_space(first->s[skip]))
        skip++;
    for (size_t k = from; k < to; k++) {
        const bline *l = &c->l[k];
        if (k > from)
            tc_buf_putc(&b, '\n');
        if (k == from)
            tc_buf_put(&b, l->s + skip, l->len - skip);
        else
            tc_buf_put(&b, l->s, l->len);
    }
    char *text = tc_buf_take(&b);
    tc_status st = TC_E_NOMEM;
    if (text)
        st = tc_blocks_push(out, kind, text, (size_t)-1, first->line,
                            first->col, label);
    free(text);
    free(label);
    return st;
}

static tc_status emit(const cls *c, size_t i, tc_blocks *out)
{
    const unit *u = &c->u[i];
    size_t to = u->to;
    for (size_t j = i + 1; j < c->nu && c->u[j].merged; j++)
        to = c->u[j].to;
    if (u->kind == TC_BLOCK_ITEM && unit_all(c, u, LK_DASH)) {
        /* "- a\n- b": one point per line */
        tc_status st = TC_OK;
        for (size_t k = u->from; k < to && st == TC_OK; k++)
            st = emit_lines(c, TC_BLOCK_ITEM, k, k + 1, c->l[k].label_len, out);
        return st;
    }
    int labelled = u->kind == TC_BLOCK_ITEM || u->kind == TC_BLOCK_SPEECH ||
                   u->kind == TC_BLOCK_NOTE;
    return emit_lines(c, u->kind, u->from, to,
                      labelled ? c->l[u->from].label_len : 0, out);
}

static void blocks_free(tc_blocks *b)
{
    for (size_t i = 0; i < b->n; i++) {
        tc_value_clear(&b->v[i].text);
        free(b->v[i].label);
    }
    free(b->v);
    memset(b, 0, sizeof *b);
}

tc_status tc_body_classify(tc_blocks *body)
{
    size_t nl = 0;
    for (size_t i = 0; i < body->n; i++) {
        if (body->v[i].kind != TC_BLOCK_PARA || body->v[i].label)
            return TC_OK; /* classified already */
        nl++;
        for (const char *p = body->v[i].text.text; *p; p++)
            nl += *p == '\n';
    }
    if (nl == 0)
        return TC_OK;
    cls c = {0};
    c.l = calloc(nl, sizeof *c.l);
    c.block_of = calloc(nl, sizeof *c.block_of);
    c.u = calloc(nl, sizeof *c.u);
    tc_blocks out = {0};
    tc_status st = TC_E_NOMEM;
    if (!c.l || !c.block_of || !c.u)
        goto done;
    size_t dots = 0;
    for (size_t i = 0; i < body->n; i++) {
        const tc_block *bl = &body->v[i];
        const char *p = bl->text.text;
        long no = bl->text.line;
        for (;;) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            while (len > 0 && is_space(p[len - 1]))
                len--;
            bline *l = &c.l[c.nl];
            l->s = p;
            l->len = len;
            l->line = no;
            l->col = no == bl->text.line ? bl->text.col : 1;
            no++;
            c.block_of[c.nl++] = i;
            if (len > 0) {
                classify_line(l);
                dots += (size_t)l->dot_speaker;
            }
            if (!e)
                break;
            p = e + 1;
        }
    }
    /* the "H. KOHL." form is trusted only in a dialogue of several turns */
    for (size_t i = 0; dots < 2 && i < c.nl; i++)
        if (c.l[i].dot_speaker) {
            c.l[i].dot_speaker = 0;
            c.l[i].label_len = 0;
            c.l[i].kind = header_weak(c.l[i].s, c.l[i].len) ? LK_WEAK : LK_TEXT;
        }
    for (size_t i = 0; i < c.nl;) {
        size_t j = i;
        while (j < c.nl && c.block_of[j] == c.block_of[i])
            j++;
        join_wrapped(c.l, i, j);
        cut_units(&c, i, j);
        i = j;
    }
    top_headers(&c);
    size_t notes_at = tail_notes(&c);
    tail_signature(&c, notes_at);
    resolve_dashes(&c);
    headings(&c, notes_at);
    merge_layout(&c);
    st = TC_OK;
    for (size_t i = 0; i < c.nu && st == TC_OK; i++)
        if (!c.u[i].merged)
            st = emit(&c, i, &out);
    if (st == TC_OK) {
        blocks_free(body);
        *body = out;
        memset(&out, 0, sizeof out);
    }
done:
    blocks_free(&out);
    free(c.l);
    free(c.block_of);
    free(c.u);
    return st;
}
