/* tei_inline.c: TEI markup for body blocks (p, list, sp, ab …) and for the
 * editorial marks inside their text; nothing of the text is dropped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tei/tei_inline.h"
#include "base/util.h"

/* The convention every renderer (xsl/tei2text.xsl, tei2html.xsl) and the
 * loss check (loss_check.c) rely on: the source text of the body is the
 * text of div[@type='document'] with each element below read as follows.
 *
 *   gap                         its desc, verbatim: "[…]", "[...]",
 *                               "[illegible]" (gap/@reason says which)
 *   supplied, foreign,          "[" content "]": "[these results]",
 *   note[@type='editorial'],    "F[oreign]" (supplied/@reason="expansion"),
 *   ref[@type='footnote']       "[cargas]", "[sic—…]", "[?]", "[1]"
 *   unclear[@reason='illegible'] "[[" content "]]": "[[7]]"
 *   seg[@type='obfuscated-email'] content verbatim: "[email protected]"
 *   pb                          "(p. " @n ")"
 *   space                       @quantity spaces (layout runs of 3 or more)
 *   lb                          a line break (header, distribution and
 *                               signature blocks keep their lines)
 *   item                        @n, a space, content: "1. …", "a) …", "- …"
 *   note[@place='foot']         "[" @n "] " content
 *   speaker                     content as printed, with its colon or dot
 *   anything else (p, head, ab, list, sp, div) its content; the
 *   citation ab keeps its brackets as text: "[АВП РФ, ф. 0102 …]"
 *
 * Quotes (straight or curly, balanced or not) stay as text: never q. The
 * body's blocks map to: p; head (a heading after other text opens a
 * div[@type='section']); ab[@type='citation'|'header'|'distribution'|
 * 'signature'] with lb; list/item[@n]; sp/speaker/p; note[@place='foot']
 * with @n and @xml:id "fn-N", pointed at by ref[@type='footnote'] @target.
 * Brackets are read in one left-to-right pass: a "[" whose "]" comes
 * before any other bracket or line end is a mark, anything else is text,
 * so adversarial input (thousands of brackets) stays linear. */

typedef struct ictx {
    xmlNsPtr ns;
    int failed;
    unsigned char has_note[1000]; /* footnote texts present, by number */
} ictx;

static void add_text(ictx *x, xmlNodePtr parent, const char *s, size_t n)
{
    if (n == 0 || x->failed)
        return;
    xmlNodePtr t = xmlNewTextLen(BAD_CAST s, (int)n);
    if (!t || !xmlAddChild(parent, t)) {
        xmlFreeNode(t);
        x->failed = 1;
    }
}

static xmlNodePtr add_el(ictx *x, xmlNodePtr parent, const char *name)
{
    if (x->failed)
        return NULL;
    xmlNodePtr n = xmlNewChild(parent, x->ns, BAD_CAST name, NULL);
    if (!n)
        x->failed = 1;
    return n;
}

static void set_attr(ictx *x, xmlNodePtr n, const char *name, const char *v)
{
    if (!x->failed && n && !xmlSetProp(n, BAD_CAST name, BAD_CAST v))
        x->failed = 1;
}

static void set_attr_n(ictx *x, xmlNodePtr n, const char *name, const char *v,
                       size_t len)
{
    char *s = tc_strndup(v, len);
    if (!s) {
        x->failed = 1;
        return;
    }
    set_attr(x, n, name, s);
    free(s);
}

static xmlNodePtr add_el_text(ictx *x, xmlNodePtr parent, const char *name,
                              const char *s, size_t n)
{
    xmlNodePtr e = add_el(x, parent, name);
    if (e)
        add_text(x, e, s, n);
    return e;
}

/* ---- what a bracket holds -------------------------------------------- */

static int only_of(const char *s, size_t n, const char *set)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr(set, s[i]) || s[i] == '\0')
            return 0;
    return n > 0;
}

/* "…", "...", ".…", "….", ". . .": dots and ellipses only. */
static int is_elision(const char *s, size_t n)
{
    size_t dots = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] == '.') {
            dots++;
            i++;
        } else if (s[i] == ' ') {
            i++;
        } else if (i + 3 <= n && memcmp(s + i, "\xE2\x80\xA6", 3) == 0) {
            dots += 3;
            i += 3;
        } else {
            return 0;
        }
    }
    return dots >= 2;
}

static int starts_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n >= k && strncasecmp(s, w, k) == 0;
}

static int contains_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w); /* looked for in the first 200 places only */
    return tc_find_ci(s, n < 199 + k ? n : 199 + k, w) != NULL;
}

/* "[sic]", "[sic—…]", "[sic!]" */
static int is_sic(const char *s, size_t n)
{
    if (!starts_ci(s, n, "sic"))
        return 0;
    if (n == 3)
        return 1;
    unsigned char c = (unsigned char)s[3];
    return c == ' ' || c == '!' || c == ',' || c == ':' || c == '-' ||
           c == 0xE2 || c == '.';
}

static int is_email_mask(const char *s, size_t n)
{
    /* "email protected", with a space or a no-break space */
    return (n == 15 && strncasecmp(s, "email protected", 15) == 0) ||
           (n == 16 && strncasecmp(s, "email\xC2\xA0protected", 16) == 0);
}

static int is_illegible(const char *s, size_t n)
{
    return contains_ci(s, n, "illegib") || contains_ci(s, n, "unreadable") ||
           contains_ci(s, n, "indecipherable") ||
           contains_ci(s, n, "not legible");
}

/* Words that make a bracket an editorial remark rather than text. */
static const char *remark_kind(const char *s, size_t n)
{
    static const struct {
        const char *word, *kind;
    } kinds[] = {
        {"handwrit", "handwriting"},
        {"hand-writ", "handwriting"},
        {"handwritten", "handwriting"},
        {"in hand", "handwriting"},
        {"signature", "signature"},
        {"signed", "signature"},
        {"stamp", "stamp"},
        {"seal", "stamp"},
        {"emphasis", "emphasis"},
        {"underlin", "emphasis"},
        {"expansion unknown", "expansion"},
        {"abbreviation", "expansion"},
        {"crossed out", "deletion"},
        {"struck", "deletion"},
        {"deleted", "deletion"},
        {"margin", "margin"},
        {"translator", "remark"},
        {"editor", "remark"},
        {"note:", "remark"},
        {"in the original", "remark"},
        {"original", "remark"},
        {"text missing", "remark"},
        {"page missing", "remark"},
        {"typewrit", "remark"},
        {"in english", "remark"},
        {"in russian", "remark"},
        {"in chinese", "remark"},
        {"in german", "remark"},
        {"not translated", "remark"},
        {"untranslated", "remark"},
        {"attachment", "remark"},
        {"enclosure", "remark"},
        {"as in", "remark"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (contains_ci(s, n, kinds[i].word))
            return kinds[i].kind;
    return NULL;
}

/* One word in a non-ASCII script or with diacritics: an original-language
 * word quoted by the translator ("[cargas]" stays supplied: plain ASCII
 * cannot be told from an English insertion). */
static int is_foreign(const char *s, size_t n)
{
    int high = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '.' || c == ',' || c == ':' || c == ';' ||
            (c >= '0' && c <= '9'))
            return 0;
        high |= c >= 0x80;
    }
    return high;
}

static int is_letter_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* One bracketed mark: s[0] is '[', s[n - 1] is ']', inner between. before
 * is the byte before the '[' (0 at the start of the text). */
static void add_bracket(ictx *x, xmlNodePtr parent, const char *s, size_t n,
                        unsigned char before)
{
    const char *in = s + 1;
    size_t k = n - 2;
    xmlNodePtr m;
    if (is_elision(in, k)) {
        m = add_el(x, parent, "gap");
        set_attr(x, m, "reason", "editorial");
        add_el_text(x, m, "desc", s, n);
    } else if (k <= 3 && only_of(in, k, "0123456789")) {
        m = add_el_text(x, parent, "ref", in, k);
        set_attr(x, m, "type", "footnote");
        set_attr_n(x, m, "n", in, k);
        long num = strtol(in, NULL, 10);
        if (num >= 0 && num < 1000 && x->has_note[num]) {
            char target[16];
            snprintf(target, sizeof target, "#fn-%ld", num);
            set_attr(x, m, "target", target);
        }
    } else if (is_email_mask(in, k)) {
        m = add_el_text(x, parent, "seg", s, n);
        set_attr(x, m, "type", "obfuscated-email");
    } else if (is_illegible(in, k)) {
        m = add_el(x, parent, "gap");
        set_attr(x, m, "reason", "illegible");
        add_el_text(x, m, "desc", s, n);
    } else if (is_sic(in, k)) {
        m = add_el_text(x, parent, "note", in, k);
        set_attr(x, m, "type", "editorial");
        set_attr(x, m, "subtype", "sic");
    } else if (only_of(in, k, "? ")) {
        m = add_el_text(x, parent, "note", in, k);
        set_attr(x, m, "type", "editorial");
        set_attr(x, m, "subtype", "uncertain");
    } else if (remark_kind(in, k)) {
        m = add_el_text(x, parent, "note", in, k);
        set_attr(x, m, "type", "editorial");
        set_attr(x, m, "subtype", remark_kind(in, k));
    } else if (is_foreign(in, k)) {
        m = add_el_text(x, parent, "foreign", in, k);
    } else {
        m = add_el_text(x, parent, "supplied", in, k);
        /* "F[oreign]": completing a word is an expansion */
        set_attr(x, m, "reason",
                 is_letter_byte(before) ? "expansion" : "editorial");
    }
}

/* "(p. 12)": length of the marker, 0 if none; *num and *numlen the number. */
static size_t page_marker(const char *s, size_t n, const char **num,
                          size_t *numlen)
{
    if (n < 6 || memcmp(s, "(p. ", 4) != 0)
        return 0;
    size_t p = 4;
    while (p < n && p < 14 &&
           (is_letter_byte((unsigned char)s[p]) ||
            (s[p] >= '0' && s[p] <= '9') || s[p] == '-') &&
           (unsigned char)s[p] < 0x80)
        p++;
    if (p == 4 || p >= n || s[p] != ')')
        return 0;
    *num = s + 4;
    *numlen = p - 4;
    return p + 1;
}

/* Text of a block to parent: marks become elements, line breaks become lb
 * (keep_lines) or spaces. */
static void inline_text(ictx *x, xmlNodePtr parent, const char *s, size_t len,
                        int keep_lines)
{
    size_t run = 0, i = 0;
    while (i < len && !x->failed) {
        char c = s[i];
        if (c == '\n') {
            add_text(x, parent, s + run, i - run);
            if (keep_lines)
                add_el(x, parent, "lb");
            else
                add_text(x, parent, " ", 1);
            run = ++i;
            continue;
        }
        if (c == ' ' && i + 2 < len && s[i + 1] == ' ' && s[i + 2] == ' ') {
            size_t j = i;
            while (j < len && s[j] == ' ')
                j++;
            add_text(x, parent, s + run, i - run);
            xmlNodePtr sp = add_el(x, parent, "space");
            char q[32];
            snprintf(q, sizeof q, "%zu", j - i);
            set_attr(x, sp, "quantity", q);
            set_attr(x, sp, "unit", "chars");
            run = i = j;
            continue;
        }
        if (c == '(') {
            const char *num;
            size_t numlen, m = page_marker(s + i, len - i, &num, &numlen);
            if (m) {
                add_text(x, parent, s + run, i - run);
                xmlNodePtr pb = add_el(x, parent, "pb");
                set_attr_n(x, pb, "n", num, numlen);
                run = i = i + m;
                continue;
            }
        }
        if (c == '[') {
            int dbl = i + 1 < len && s[i + 1] == '[';
            size_t j = i + (dbl ? 2 : 1);
            while (j < len && s[j] != '[' && s[j] != ']' && s[j] != '\n')
                j++;
            size_t inner = j - i - (dbl ? 2 : 1);
            if (dbl && inner > 0 && j + 1 < len && s[j] == ']' &&
                s[j + 1] == ']') {
                add_text(x, parent, s + run, i - run);
                xmlNodePtr u =
                    add_el_text(x, parent, "unclear", s + i + 2, inner);
                set_attr(x, u, "reason", "illegible");
                run = i = j + 2;
                continue;
            }
            if (!dbl && inner > 0 && j < len && s[j] == ']') {
                add_text(x, parent, s + run, i - run);
                add_bracket(x, parent, s + i, j + 1 - i,
                            i > 0 ? (unsigned char)s[i - 1] : 0);
                run = i = j + 1;
                continue;
            }
        }
        i++;
    }
    add_text(x, parent, s + run, i - run);
}

tc_status tc_inline_text(xmlNodePtr parent, xmlNsPtr ns, const char *text)
{
    ictx x;
    memset(&x, 0, sizeof x);
    x.ns = ns;
    inline_text(&x, parent, text, strlen(text), 0);
    return x.failed ? TC_E_NOMEM : TC_OK;
}

/* ---- blocks ------------------------------------------------------------- */

static const char *ab_type(tc_block_kind k)
{
    switch (k) {
    case TC_BLOCK_CITATION:
        return "citation";
    case TC_BLOCK_HEADER:
        return "header";
    case TC_BLOCK_DISTRIBUTION:
        return "distribution";
    case TC_BLOCK_SIGNATURE:
        return "signature";
    default:
        return NULL;
    }
}

static void add_block_text(ictx *x, xmlNodePtr e, const tc_block *bl,
                           int keep_lines)
{
    inline_text(x, e, bl->text.text, strlen(bl->text.text), keep_lines);
}

tc_status tc_inline_blocks(xmlNodePtr div, xmlNsPtr ns, const tc_blocks *body)
{
    ictx *x = calloc(1, sizeof *x);
    if (!x)
        return TC_E_NOMEM;
    x->ns = ns;
    for (size_t i = 0; i < body->n; i++) {
        const tc_block *bl = &body->v[i];
        if (bl->kind == TC_BLOCK_NOTE && bl->label) {
            long num = strtol(bl->label, NULL, 10);
            if (num >= 0 && num < 1000)
                x->has_note[num] = 1;
        }
    }
    /* where blocks go: the document div until a heading after other text
     * opens a section (TEI allows head only at the top of a div) */
    xmlNodePtr box = div;
    int content = 0;
    xmlNodePtr list = NULL;
    unsigned char note_done[1000] = {0};
    for (size_t i = 0; i < body->n && !x->failed; i++) {
        const tc_block *bl = &body->v[i];
        if (bl->kind != TC_BLOCK_ITEM)
            list = NULL;
        switch (bl->kind) {
        case TC_BLOCK_HEAD:
            if (content) {
                box = add_el(x, div, "div");
                set_attr(x, box, "type", "section");
                content = 0;
            }
            add_block_text(x, add_el(x, box, "head"), bl, 0);
            break;
        case TC_BLOCK_ITEM: {
            if (!list)
                list = add_el(x, box, "list");
            xmlNodePtr it = add_el(x, list, "item");
            if (bl->label)
                set_attr(x, it, "n", bl->label);
            add_block_text(x, it, bl, 0);
            content = 1;
            break;
        }
        case TC_BLOCK_SPEECH: {
            xmlNodePtr sp = add_el(x, box, "sp");
            if (bl->label)
                add_el_text(x, sp, "speaker", bl->label, strlen(bl->label));
            add_block_text(x, add_el(x, sp, "p"), bl, 0);
            content = 1;
            break;
        }
        case TC_BLOCK_NOTE: {
            xmlNodePtr n = add_el(x, box, "note");
            set_attr(x, n, "place", "foot");
            if (bl->label) {
                set_attr(x, n, "n", bl->label);
                long num = strtol(bl->label, NULL, 10);
                if (num >= 0 && num < 1000 && !note_done[num]) {
                    char id[16];
                    snprintf(id, sizeof id, "fn-%ld", num);
                    note_done[num] = 1;
                    if (n && !x->failed &&
                        !xmlSetNsProp(
                            n, xmlSearchNsByHref(n->doc, n, XML_XML_NAMESPACE),
                            BAD_CAST "id", BAD_CAST id))
                        x->failed = 1;
                }
            }
            add_block_text(x, n, bl, 0);
            break;
        }
        case TC_BLOCK_CITATION: {
            /* the brackets are the citation's own: kept as text */
            xmlNodePtr ab = add_el(x, box, "ab");
            set_attr(x, ab, "type", "citation");
            add_text(x, ab, bl->text.text, strlen(bl->text.text));
            content = 1;
            break;
        }
        case TC_BLOCK_HEADER:
        case TC_BLOCK_DISTRIBUTION:
        case TC_BLOCK_SIGNATURE: {
            xmlNodePtr ab = add_el(x, box, "ab");
            set_attr(x, ab, "type", ab_type(bl->kind));
            add_block_text(x, ab, bl, 1);
            content = 1;
            break;
        }
        case TC_BLOCK_PARA:
        default:
            add_block_text(x, add_el(x, box, "p"), bl, 0);
            content = 1;
            break;
        }
    }
    int failed = x->failed;
    free(x);
    return failed ? TC_E_NOMEM : TC_OK;
}
