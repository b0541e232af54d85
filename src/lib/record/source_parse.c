/* source_parse.c: splitting a record's Source string ("AVPRF, fond 0102,
 * opis 23, … pp. 10-12. Translated for NKIDP by Sergey Radchenko.") into
 * its parts, and telling people from organisations in authorised names. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/source_parse.h"
#include "base/tables.h"
#include "base/util.h"

/* Case-insensitive search for word w at a word start in s. */
static const char *find_word(const char *s, const char *w)
{
    size_t n = strlen(w), len = strlen(s);
    for (const char *p = tc_find_ci(s, len, w); p;
         p = tc_find_ci(p + 1, len - (size_t)(p + 1 - s), w))
        if ((p == s || !isalpha((unsigned char)p[-1])) &&
            !isalpha((unsigned char)p[n]))
            return p;
    return NULL;
}

static char *trimmed_copy(const char *s, size_t n)
{
    while (n > 0 && (isspace((unsigned char)*s) || *s == ',')) {
        s++;
        n--;
    }
    while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == ',' ||
                     s[n - 1] == '.' || s[n - 1] == ';'))
        n--;
    return tc_strndup(s, n);
}

/* Names joined by "and" / "," after "by": push one resp per name. */
static tc_status push_people(tc_resps *out, const char *resp, const char *names,
                             size_t len, const char *for_org)
{
    char *copy = trimmed_copy(names, len);
    if (!copy)
        return TC_E_NOMEM;
    tc_status st = TC_OK;
    char *p = copy;
    while (st == TC_OK && *p) {
        const char *sep = find_word(p, "and");
        const char *comma = strchr(p, ',');
        const char *cut = sep;
        size_t skip = 3;
        if (comma && (!cut || comma < cut)) {
            cut = comma;
            skip = 1;
        }
        size_t n = cut ? (size_t)(cut - p) : strlen(p);
        char *name = trimmed_copy(p, n);
        if (!name) {
            st = TC_E_NOMEM;
            break;
        }
        if (*name)
            st = tc_resps_push(out, resp, name, for_org);
        free(name);
        if (!cut)
            break;
        p += n + skip;
    }
    free(copy);
    return st;
}

static const char *const roles[] = {"contributed", "transcribed", "translated",
                                    "obtained",    "edited",      "provided",
                                    "donated",     "selected",    "annotated"};
#define NROLES (sizeof roles / sizeof roles[0])

/* Where the names after "by" end: the next role word, " for " (naming
 * the organisation the work was done for), or the end of the sentence
 * (a full stop after a word longer than an initial). */
static const char *names_end(const char *names, const char **for_org)
{
    const char *end = names + strlen(names);
    for (size_t i = 0; i < NROLES; i++) {
        const char *w = find_word(names, roles[i]);
        if (w && w < end)
            end = w;
    }
    /* "Obtained by X from the Presidential Archive": the names stop */
    const char *from = find_word(names, "from");
    if (from && from < end)
        end = from;
    const char *f = find_word(names, "for");
    *for_org = NULL;
    if (f && f < end) {
        *for_org = f + 3;
        end = f;
    }
    for (const char *p = names; p < end; p++) {
        if (p[0] != '.' || (p[1] != ' ' && p[1] != '\0'))
            continue;
        const char *w = p;
        while (w > names && isalpha((unsigned char)w[-1]))
            w--;
        if (p - w >= 3) {
            if (*for_org == NULL || end > p)
                end = p;
            break;
        }
    }
    return end;
}

/* The end of the organisation named after " for " (the sentence end). */
static size_t org_len(const char *org)
{
    const char *e = org;
    while (*e && !(e[0] == '.' && (e[1] == ' ' || e[1] == '\0')))
        e++;
    return (size_t)(e - org);
}

typedef struct role_at {
    const char *at;
    size_t role;
} role_at;

/* Roles named between p and by, in the order written. */
static size_t roles_before(const char *p, const char *by, role_at *out)
{
    size_t n = 0;
    for (size_t i = 0; i < NROLES; i++) {
        const char *w = find_word(p, roles[i]);
        if (!w || w >= by)
            continue;
        size_t k = n++;
        while (k > 0 && out[k - 1].at > w) {
            out[k] = out[k - 1];
            k--;
        }
        out[k].at = w;
        out[k].role = i;
    }
    return n;
}

/* One credit sentence: "Translated for NKIDP by Sergey Radchenko",
 * "Contributed by A and translated by B", "Contributed, transcribed, and
 * translated by C", "Translated by X for the CWIHP". */
static tc_status split_credits(tc_resps *out, const char *s)
{
    const char *p = s;
    while (*p) {
        const char *by = find_word(p, "by");
        if (!by)
            break;
        role_at found[NROLES];
        size_t nf = roles_before(p, by, found);
        char *for_org = NULL;
        const char *f = find_word(p, "for");
        if (f && f < by)
            for_org = trimmed_copy(f + 3, (size_t)(by - f - 3));
        const char *names = by + 2, *after_for = NULL;
        const char *end = names_end(names, &after_for);
        if (after_for && !for_org)
            for_org = trimmed_copy(after_for, org_len(after_for));
        /* drop a trailing "and" joining the next credit */
        const char *cut = end;
        while (cut > names && isspace((unsigned char)cut[-1]))
            cut--;
        if (*end && cut - names >= 3 && strncasecmp(cut - 3, "and", 3) == 0)
            cut -= 3;
        tc_status st = TC_OK;
        for (size_t i = 0; st == TC_OK && i < nf; i++) {
            char resp[32];
            snprintf(resp, sizeof resp, "%s by", roles[found[i].role]);
            st = push_people(out, resp, names, (size_t)(cut - names), for_org);
        }
        free(for_org);
        if (st != TC_OK)
            return st;
        if (after_for)
            end = after_for + org_len(after_for);
        p = end > by ? end : by + 2;
    }
    return TC_OK;
}

static int starts_ci(const char *s, const char *w)
{
    return strncasecmp(s, w, strlen(w)) == 0;
}

/* Page and leaf ranges: "pp. 10-12", "p. 3", "Ll. 1-3", "l. 14",
 * "ff. 2-4", "fol. 7", "folios 12-15", "pages 1-4", and a bare range
 * "31-33" closing the citation. */
static int is_locus(const char *s, int last)
{
    while (isspace((unsigned char)*s))
        s++;
    static const char *const leads[] = {
        "pp.",    "p.",     "ll.",       "l.",
        "ff.",    "fol.",   "fols.",     "folio",
        "pages ", "page ",  "leaf ",     "leaves ",
        "list ",  "listy ", "\xD0\xBB.", "\xD0\xBB\xD0\xBB."};
    for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
        if (starts_ci(s, leads[i]))
            return 1;
    }
    if (!last)
        return 0;
    const char *p = s;
    while (isdigit((unsigned char)*p))
        p++;
    if (p == s || (*p != '-' && strncmp(p, "\xE2\x80\x93", 3) != 0))
        return 0;
    p += *p == '-' ? 1 : 3;
    const char *q = p;
    while (isdigit((unsigned char)*q))
        q++;
    return q > p && *q == '\0';
}

/* Words that start an archival reference rather than a repository name. */
static int is_unit_word(const char *w, size_t n)
{
    static const char *const units[] = {
        "fond",   "f.",  "opis",   "op.", "delo", "d.",  "papka", "file",
        "folder", "box", "series", "RG",  "vol.", "no.", "inv."};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strlen(units[i]) == n && strncasecmp(w, units[i], n) == 0)
            return 1;
    return 0;
}

/* "PRC FMA 106-01127-04": the words before the first number or unit word
 * name the repository: their length, 0 when none, (size_t)-1 when the
 * part holds no number at all. */
static size_t repository_prefix(const char *part)
{
    const char *p = part;
    size_t last_end = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            break;
        int digit = 0;
        for (size_t i = 0; i < n; i++)
            digit |= isdigit((unsigned char)w[i]) != 0;
        if (digit || is_unit_word(w, n))
            return last_end;
        last_end = (size_t)(p - part);
    }
    return (size_t)-1; /* no number at all: the whole part */
}

static void put_ref(tc_buf *ref, const char *s)
{
    if (ref->len)
        tc_buf_puts(ref, ", ");
    tc_buf_puts(ref, s);
}

/* Index of the page range among the n comma parts of cite: the last part
 * that reads as one ("p. 18" earlier in "op. 12, p. 18, d. 283, l. 11"
 * is a papka), or n when there is none. */
static size_t locus_part(const char *cite, size_t n)
{
    size_t found = n, i = 0;
    for (const char *p = cite; i < n; i++) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char *part = trimmed_copy(p, len);
        if (part && i > 0 && is_locus(part, comma == NULL))
            found = i;
        free(part);
        if (!comma)
            break;
        p = comma + 1;
    }
    return found;
}

/* The citation part of a Source string (before the credits). */
static tc_status split_citation(tc_source *src, const char *cite)
{
    size_t nparts = 1;
    for (const char *c = cite; *c; c++)
        nparts += *c == ',';
    size_t locus = locus_part(cite, nparts);
    tc_buf ref = {0};
    tc_status st = TC_OK;
    const char *p = cite;
    for (size_t i = 0; *p && st == TC_OK; i++) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char *part = trimmed_copy(p, n);
        if (!part) {
            st = TC_E_NOMEM;
            break;
        }
        size_t rp = i == 0 ? repository_prefix(part) : 0;
        if (!*part) {
            /* an empty part between two commas */
        } else if (i == locus) {
            src->locus = part;
            part = NULL;
        } else if (rp == (size_t)-1) {
            src->repository = part;
            part = NULL;
        } else if (rp > 0) {
            src->repository = trimmed_copy(part, rp);
            if (!src->repository)
                st = TC_E_NOMEM;
            put_ref(&ref, part + rp + 1);
        } else {
            put_ref(&ref, part);
        }
        free(part);
        if (!comma)
            break;
        p = comma + 1;
    }
    if (st == TC_OK && ref.len) {
        src->reference = tc_buf_take(&ref);
        if (!src->reference)
            st = TC_E_NOMEM;
    }
    tc_buf_free(&ref);
    return st;
}

tc_status tc_source_split(tc_source *src)
{
    const char *s = src->printed.text;
    if (!s)
        return TC_OK;
    /* the citation runs to the first credit sentence */
    const char *credit = NULL;
    for (size_t i = 0; i < NROLES; i++) {
        const char *w = find_word(s, roles[i]);
        if (w && (!credit || w < credit))
            credit = w;
    }
    size_t cite_len = credit ? (size_t)(credit - s) : strlen(s);
    char *cite = trimmed_copy(s, cite_len);
    if (!cite)
        return TC_E_NOMEM;
    tc_status st = split_citation(src, cite);
    free(cite);
    if (st == TC_OK && credit)
        st = split_credits(&src->resps, credit);
    return st;
}

tc_name_kind tc_name_guess_kind(const char *name)
{
    /* data/org-words.txt, through cmake/gen_org_words.cmake */
    for (size_t i = 0; i < tc_org_nwords; i++)
        if (find_word(name, tc_org_words[i]))
            return TC_NAME_ORG;
    /* "Japan. Foreign Ministry": an authorised corporate heading */
    const char *dot = strstr(name, ". ");
    while (dot && dot - name > 2 && isalpha((unsigned char)dot[-2]) == 0)
        dot = strstr(dot + 2, ". "); /* "Margaret K. Gnoinska": an initial */
    if (dot && dot - name > 2 && isupper((unsigned char)dot[2]))
        return TC_NAME_ORG;
    /* a single word without a comma ("Japan") is not a person's name */
    if (!strchr(name, ',') && !strchr(name, ' '))
        return TC_NAME_ORG;
    return TC_NAME_PERSON;
}
