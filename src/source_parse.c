/* source_parse.c: splitting a record's Source string ("AVPRF, fond 0102,
 * opis 23, … pp. 10-12. Translated for NKIDP by Sergey Radchenko.") into
 * its parts, and telling people from organisations in authorised names. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "source_parse.h"
#include "util.h"

/* Case-insensitive search for word w at a word start in s. */
static const char *find_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; *p; p++) {
        if ((p == s || !isalpha((unsigned char)p[-1])) &&
            strncasecmp(p, w, n) == 0 && !isalpha((unsigned char)p[n]))
            return p;
    }
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
static tc_status push_people(tc_resps *out, const char *resp,
                             const char *names, size_t len,
                             const char *for_org)
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

static const char *const roles[] = {"contributed", "transcribed",
                                    "translated", "obtained", "edited"};

/* One credit sentence: "Translated for NKIDP by Sergey Radchenko",
 * "Contributed by A and translated by B", "Contributed, transcribed, and
 * translated by C". */
static tc_status split_credits(tc_resps *out, const char *s)
{
    const char *p = s;
    while (*p) {
        /* the roles listed before the next "by" */
        const char *by = find_word(p, "by");
        if (!by)
            break;
        int found[sizeof roles / sizeof roles[0]] = {0};
        int any = 0;
        for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
            const char *w = find_word(p, roles[i]);
            if (w && w < by) {
                found[i] = 1;
                any = 1;
            }
        }
        char *for_org = NULL;
        const char *f = find_word(p, "for");
        if (f && f < by)
            for_org = trimmed_copy(f + 3, (size_t)(by - f - 3));
        /* the names run to the next role word after "by" */
        const char *names = by + 2;
        const char *end = names + strlen(names);
        for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
            const char *w = find_word(names, roles[i]);
            if (w && w < end)
                end = w;
        }
        /* drop a trailing "and" joining the next credit */
        const char *cut = end;
        if (*end) {
            const char *a = cut;
            while (a > names && isspace((unsigned char)a[-1]))
                a--;
            if (a - names >= 3 && strncasecmp(a - 3, "and", 3) == 0)
                cut = a - 3;
        }
        tc_status st = TC_OK;
        for (size_t i = 0; st == TC_OK && any && i < sizeof roles / sizeof roles[0]; i++) {
            if (!found[i])
                continue;
            char resp[32];
            size_t rl = strlen(roles[i]);
            memcpy(resp, roles[i], rl);
            memcpy(resp + rl, " by", 4);
            st = push_people(out, resp, names, (size_t)(cut - names), for_org);
        }
        free(for_org);
        if (st != TC_OK)
            return st;
        p = end;
    }
    return TC_OK;
}

static int is_locus(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    return strncmp(s, "pp.", 3) == 0 || strncmp(s, "p.", 2) == 0 ||
           strncmp(s, "l.", 2) == 0 || strncmp(s, "ll.", 3) == 0 ||
           strncasecmp(s, "pages", 5) == 0 || strncasecmp(s, "page ", 5) == 0 ||
           strncasecmp(s, "folio", 5) == 0;
}

tc_status tc_source_split(tc_source *src)
{
    const char *s = src->printed.text;
    if (!s)
        return TC_OK;
    /* the citation runs to the first credit sentence */
    const char *credit = NULL;
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
        const char *w = find_word(s, roles[i]);
        if (w && (!credit || w < credit))
            credit = w;
    }
    size_t cite_len = credit ? (size_t)(credit - s) : strlen(s);
    char *cite = trimmed_copy(s, cite_len);
    if (!cite)
        return TC_E_NOMEM;
    tc_buf ref = {0};
    char *p = cite;
    int first = 1;
    while (*p) {
        char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char *part = trimmed_copy(p, n);
        if (!part) {
            free(cite);
            tc_buf_free(&ref);
            return TC_E_NOMEM;
        }
        if (*part) {
            if (first && !is_locus(part) && !isdigit((unsigned char)*part)) {
                src->repository = part;
                part = NULL;
            } else if (is_locus(part) && !src->locus) {
                src->locus = part;
                part = NULL;
            } else {
                if (ref.len)
                    tc_buf_puts(&ref, ", ");
                tc_buf_puts(&ref, part);
            }
            first = 0;
        }
        free(part);
        if (!comma)
            break;
        p = comma + 1;
    }
    free(cite);
    if (ref.len) {
        src->reference = tc_buf_take(&ref);
        if (!src->reference)
            return TC_E_NOMEM;
    } else {
        tc_buf_free(&ref);
    }
    return credit ? split_credits(&src->resps, credit) : TC_OK;
}

tc_name_kind tc_name_guess_kind(const char *name)
{
    static const char *const org_words[] = {
        "Ministry", "Committee", "Party", "Council", "Government",
        "Embassy", "Union", "Organization", "Organisation", "Department",
        "Office", "Nations", "Army", "Bureau", "Agency", "Commission",
        "Assembly", "Congress", "Politburo", "Republic", "Association",
        "Front", "Institute", "Consulate", "Secretariat", "Navy", "Forces",
        "Corporation", "Company", "League", "Federation", "Presidium",
        "State", "Kingdom", "Administration", "Service", "Bank"};
    for (size_t i = 0; i < sizeof org_words / sizeof org_words[0]; i++)
        if (find_word(name, org_words[i]))
            return TC_NAME_ORG;
    /* "Japan. Foreign Ministry": an authorised corporate heading */
    const char *dot = strstr(name, ". ");
    if (dot && dot - name > 2 && isupper((unsigned char)dot[2]))
        return TC_NAME_ORG;
    /* a single word without a comma ("Japan") is not a person's name */
    if (!strchr(name, ',') && !strchr(name, ' '))
        return TC_NAME_ORG;
    return TC_NAME_PERSON;
}
