/* date.c: printed dates to ISO 8601 (when, from/to, notBefore/notAfter),
 * keeping only the precision the text states. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "record/date.h"
#include "base/util.h"

/* A point in time as far as the text states it; 0 = not stated. */
typedef struct point {
    int y, m, d;
    int editorial; /* year (or more) in editorial brackets */
    int uncertain; /* "?", "circa" */
} point;

typedef struct month_name {
    const char *name;
    int month;
} month_name;

/* English (full names; abbreviations are prefixes of these), Russian
 * (genitive and nominative), German and French, as found in archives. */
/* clang-format off */
static const month_name months[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4},
    {"may", 5}, {"june", 6}, {"july", 7}, {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4},
    {"мая", 5}, {"июня", 6}, {"июля", 7}, {"августа", 8},
    {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
    {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4},
    {"май", 5}, {"июнь", 6}, {"июль", 7}, {"август", 8},
    {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12},
    {"januar", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3}, {"mai", 5},
    {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12},
    {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"mars", 3}, {"avril", 4},
    {"juin", 6}, {"juillet", 7}, {"ao\xC3\xBBt", 8}, {"septembre", 9},
    {"octobre", 10}, {"novembre", 11}, {"d\xC3\xA9" "cembre", 12},
};
/* clang-format on */

static int is_word_byte(unsigned char c)
{
    return isalpha(c) || c >= 0x80;
}

/* Month (1-12) for a name or an English abbreviation ("Nov", "Nov.",
 * "Sept"), 0 when not a month. *used gets the bytes consumed. */
static int read_month(const char *s, size_t *used)
{
    size_t n = 0;
    while (is_word_byte((unsigned char)s[n]))
        n++;
    if (n < 3)
        return 0;
    int first = tolower((unsigned char)s[0]);
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++) {
        /* (the first test strncasecmp makes, without the call) */
        if (tolower((unsigned char)months[i].name[0]) != first)
            continue;
        size_t full = strlen(months[i].name);
        if (n > full || strncasecmp(s, months[i].name, n) != 0)
            continue;
        int english = i < 12;
        if (n == full || (english && (n == 3 || (i == 8 && n == 4)))) {
            *used = n + (s[n] == '.' ? 1 : 0);
            return months[i].month;
        }
    }
    return 0;
}

/* Roman month I..XII, upper or lower case; 0 when not one. */
static int read_roman_month(const char *s, size_t *used)
{
    static const char *const roman[12] = {"I",  "II", "III", "IV",
                                          "V",  "VI", "VII", "VIII",
                                          "IX", "X",  "XI",  "XII"};
    size_t n = 0;
    while (strchr("IVXivx", s[n]) && s[n])
        n++;
    if (n == 0 || isalnum((unsigned char)s[n]))
        return 0;
    for (int m = 0; m < 12; m++)
        if (strlen(roman[m]) == n && strncasecmp(s, roman[m], n) == 0) {
            *used = n;
            return m + 1;
        }
    return 0;
}

/* Digits (at most maxdigits, no more following); -1 when none. */
static int read_number(const char *s, size_t *used, int maxdigits)
{
    size_t n = 0;
    int v = 0;
    while (isdigit((unsigned char)s[n]) && (int)n < maxdigits) {
        v = v * 10 + (s[n] - '0');
        n++;
    }
    if (n == 0 || isdigit((unsigned char)s[n]))
        return -1;
    *used = n;
    return v;
}

static size_t skip_sep(const char *s)
{
    size_t n = 0;
    while (s[n] == ' ' || s[n] == '\t' || s[n] == ',')
        n++;
    return n;
}

/* A day number with an optional ordinal suffix ("20", "20th"). */
static int read_day(const char *s, size_t *used)
{
    size_t k = 0;
    int v = read_number(s, &k, 2);
    if (v < 1 || v > 31)
        return -1;
    static const char *const sfx[] = {"st", "nd", "rd", "th"};
    for (size_t i = 0; i < 4; i++)
        if (strncasecmp(s + k, sfx[i], 2) == 0 &&
            !isalpha((unsigned char)s[k + 2])) {
            k += 2;
            break;
        }
    if (s[k] == '.' && s[k + 1] == ' ')
        k++; /* German "20. Januar" */
    if (isalpha((unsigned char)s[k]))
        return -1;
    *used = k;
    return v;
}

/* A four-digit year, possibly "[1950]", "1950?", "[1950?]", "1950 г.". */
static int read_year(const char *s, size_t *used, point *pt)
{
    size_t n = 0;
    int br = s[0] == '[';
    n += (size_t)br;
    size_t k = 0;
    int y = read_number(s + n, &k, 4);
    if (y < 0 || k != 4)
        return -1;
    n += k;
    if (s[n] == '?') {
        pt->uncertain = 1;
        n++;
    }
    if (br) {
        if (s[n] != ']')
            return -1;
        n++;
        pt->editorial = 1;
    }
    if (strncmp(s + n, " \xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0", 9) == 0)
        n += 9; /* Russian "1967 года" */
    else if (strncmp(s + n, " \xD0\xB3", 3) == 0 &&
             !is_word_byte((unsigned char)s[n + 3]))
        n += 3 + (s[n + 3] == '.'); /* "1967 г." */
    *used = n;
    return y;
}

static size_t skip_weekday(const char *s)
{
    static const char *const days[] = {"monday",   "tuesday", "wednesday",
                                       "thursday", "friday",  "saturday",
                                       "sunday"};
    for (size_t i = 0; i < 7; i++) {
        size_t n = strlen(days[i]);
        if (strncasecmp(s, days[i], n) == 0 && !isalpha((unsigned char)s[n]))
            return n + skip_sep(s + n);
    }
    return 0;
}

/* "26/X/62", "26.X.1962", "26 X 1962": telegram headers. */
static size_t read_roman_form(const char *s, point *pt)
{
    size_t k = 0, n = 0;
    int d = read_number(s, &k, 2);
    if (d < 1 || d > 31)
        return 0;
    n = k;
    char sep = s[n];
    if (sep != '/' && sep != '.' && sep != ' ')
        return 0;
    n++;
    int m = read_roman_month(s + n, &k);
    if (!m || s[n + k] != sep)
        return 0;
    n += k + 1;
    int y = read_number(s + n, &k, 4);
    if (y < 0 || (k != 2 && k != 4))
        return 0;
    pt->y = k == 2 ? 1900 + y : y; /* telegrams of the period: 19xx */
    pt->m = m;
    pt->d = d;
    return n + k;
}

/* "20.01.1967" (day first, as in European records) and "01/20/1967"
 * only when the order is unambiguous. */
static size_t read_numeric_form(const char *s, point *pt)
{
    size_t k = 0, n;
    int a = read_number(s, &k, 2);
    if (a < 1)
        return 0;
    n = k;
    char sep = s[n];
    if (sep != '.' && sep != '/')
        return 0;
    int b = read_number(s + n + 1, &k, 2);
    if (b < 1 || s[n + 1 + k] != sep)
        return 0;
    n += 1 + k + 1;
    int y = read_number(s + n, &k, 4);
    if (y < 0 || k != 4)
        return 0;
    int d = a, m = b;
    if (sep == '/') {
        if (a <= 12 && b <= 12)
            return 0; /* 03/04/1967: which is the month? */
        if (a <= 12) {
            m = a;
            d = b;
        }
    }
    pt->y = y;
    pt->m = m;
    pt->d = d;
    return n + k;
}

/* ISO forms already: 1967-01-20, 1967-01, or a bare year. */
static size_t read_iso_form(const char *s, point *pt)
{
    size_t k = 0, n;
    int y = read_year(s, &k, pt);
    if (y < 0)
        return 0;
    n = k;
    pt->y = y;
    if (s[n] == '-' && s[0] != '[') {
        int m = read_number(s + n + 1, &k, 2);
        if (k == 2 && m >= 1 && m <= 12) {
            pt->m = m;
            n += 1 + k;
            if (s[n] == '-') {
                int d = read_number(s + n + 1, &k, 2);
                if (k == 2 && d >= 1) {
                    pt->d = d;
                    n += 1 + k;
                }
            }
        }
    }
    return n;
}

/* One point, possibly partial (a range's left half may lack the year or
 * the month). Returns bytes consumed, 0 when nothing reads as a date. */
/* An optional year after a separator, at s + n: taken into pt. Returns
 * where the date ends (n, or after the year). */
static size_t take_year(const char *s, size_t n, point *pt)
{
    size_t k, sp = skip_sep(s + n);
    int y = read_year(s + n + sp, &k, pt);
    if (y < 0)
        return n;
    pt->y = y;
    return n + sp + k;
}

static size_t read_point(const char *s, point *pt)
{
    memset(pt, 0, sizeof *pt);
    size_t n = skip_weekday(s), k = 0;
    const char *p = s + n;
    size_t r = read_roman_form(p, pt);
    if (!r)
        r = read_numeric_form(p, pt);
    if (r)
        return n + r;
    int m = read_month(p, &k);
    if (m) {
        /* "January 20, 1967", "Nov. 3 1972", "November 1967", "January" */
        pt->m = m;
        n += k;
        size_t sp = skip_sep(s + n);
        int d = read_day(s + n + sp, &k);
        if (d > 0) {
            pt->d = d;
            n += sp + k;
        }
        return take_year(s, n, pt);
    }
    int d = read_day(p, &k);
    if (d > 0) {
        /* "1 January [1950]", "20th October 1997", or a bare day "5" */
        size_t dk = k;
        size_t sp = skip_sep(p + dk);
        m = read_month(p + dk + sp, &k);
        pt->d = d;
        if (!m) {
            /* "7, 1967" closing a range "January 5-7, 1967" */
            int y = read_year(p + dk + sp, &k, pt);
            if (y >= 0) {
                pt->y = y;
                return n + dk + sp + k;
            }
            return n + dk;
        }
        pt->m = m;
        return take_year(s, n + dk + sp + k, pt);
    }
    r = read_iso_form(p, pt);
    return r ? n + r : 0;
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static int point_ok(const point *pt)
{
    if (pt->y < 1 || pt->y > 2999)
        return 0;
    if (pt->d && !pt->m)
        return 0;
    if (pt->m && (pt->m > 12 || pt->d > days_in_month(pt->y, pt->m)))
        return 0;
    return 1;
}

static char *iso(const point *pt)
{
    if (pt->d)
        return tc_asprintf("%04d-%02d-%02d", pt->y, pt->m, pt->d);
    if (pt->m)
        return tc_asprintf("%04d-%02d", pt->y, pt->m);
    return tc_asprintf("%04d", pt->y);
}

static long point_key(const point *pt)
{
    return (long)pt->y * 10000 + pt->m * 100 + pt->d;
}

/* After the date: nothing, or a time of day ("10.30 a.m. - 3 p.m.",
 * "1400 hours") that the ISO date does not carry. */
static int rest_is_empty_or_time(const char *s)
{
    while (*s == ' ' || *s == '.' || *s == ',' || *s == '\t' || *s == ';')
        s++;
    if (!*s)
        return 1;
    if (!isdigit((unsigned char)*s))
        return 0;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s) || strchr(" .:,-apmAPMh", *s))
            continue;
        if (strncmp(s, "\xE2\x80\x93", 3) == 0) {
            s += 2;
            continue;
        }
        if (strncasecmp(s, "hours", 5) == 0 || strncasecmp(s, "hrs", 3) == 0) {
            s += 2;
            continue;
        }
        return 0;
    }
    return 1;
}

static void date_clear_iso(tc_date *dt)
{
    free(dt->when);
    free(dt->from);
    free(dt->to);
    free(dt->not_before);
    free(dt->not_after);
    dt->when = dt->from = dt->to = dt->not_before = dt->not_after = NULL;
    dt->editorial = dt->uncertain = 0;
}

static int set_point(tc_date *dt, const point *pt)
{
    dt->when = iso(pt);
    dt->editorial = pt->editorial;
    dt->uncertain = pt->uncertain;
    return dt->when != NULL;
}

/* A range "1967-1968", "January-March 1967", "January 5-7, 1967",
 * "5 January - 7 February 1967": the separator at sep, sep_len bytes. */
static int read_range_at(const char *s, size_t sep, size_t sep_len, tc_date *dt)
{
    char *left = tc_strndup(s, sep);
    if (!left)
        return 0;
    size_t ll = sep;
    while (ll > 0 && (left[ll - 1] == ' ' || left[ll - 1] == ','))
        left[--ll] = '\0';
    point a, b;
    size_t ka = read_point(left, &a);
    free(left);
    if (!ka || ka != ll)
        return 0;
    const char *rs = s + sep + sep_len;
    rs += skip_sep(rs);
    size_t kb = read_point(rs, &b);
    if (!kb || !rest_is_empty_or_time(rs + kb))
        return 0;
    if (!b.y)
        return 0;
    if (!a.y)
        a.y = b.y;
    if (a.d && !a.m)
        a.m = b.m;
    if (b.d && !b.m)
        b.m = a.m;
    if (!point_ok(&a) || !point_ok(&b) || point_key(&a) > point_key(&b))
        return 0;
    dt->from = iso(&a);
    dt->to = iso(&b);
    dt->editorial = a.editorial || b.editorial;
    dt->uncertain = a.uncertain || b.uncertain;
    return dt->from && dt->to;
}

static int read_range(const char *s, tc_date *dt)
{
    static const char *const seps[] = {"\xE2\x80\x93", "\xE2\x80\x94", "-",
                                       " to ", " until "};
    for (size_t i = 0; i < sizeof seps / sizeof seps[0]; i++) {
        for (const char *p = strstr(s, seps[i]); p; p = strstr(p, seps[i])) {
            if (read_range_at(s, (size_t)(p - s), strlen(seps[i]), dt))
                return 1;
            p += strlen(seps[i]);
        }
    }
    return 0;
}

/* "(undated)", "n.d.", "[no date]": understood, but nothing to normalise. */
static int is_undated(const char *s)
{
    static const char *const forms[] = {
        "undated", "n.d.",         "n. d.",        "nd",
        "no date", "date unknown", "without date", "s.d."};
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ')' || s[n - 1] == ']'))
        n--;
    while (n > 0 && (*s == '(' || *s == '[' || *s == ' ')) {
        s++;
        n--;
    }
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (strlen(forms[i]) == n && strncasecmp(s, forms[i], n) == 0)
            return 1;
    return 0;
}

/* Qualifiers before a date: "circa", "c.", "ca.", "before", "after". */
typedef enum qual { Q_NONE, Q_CIRCA, Q_BEFORE, Q_AFTER } qual;

static size_t read_qualifier(const char *s, qual *q)
{
    static const struct {
        const char *w;
        qual q;
    } qs[] = {{"circa ", Q_CIRCA},
              {"ca. ", Q_CIRCA},
              {"c. ", Q_CIRCA},
              {"ca ", Q_CIRCA},
              {"approximately ", Q_CIRCA},
              {"about ", Q_CIRCA},
              {"not before ", Q_AFTER},
              {"not after ", Q_BEFORE},
              {"before ", Q_BEFORE},
              {"after ", Q_AFTER},
              {"no later than ", Q_BEFORE},
              {"no earlier than ", Q_AFTER}};
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        size_t n = strlen(qs[i].w);
        if (strncasecmp(s, qs[i].w, n) == 0) {
            *q = qs[i].q;
            return n;
        }
    }
    *q = Q_NONE;
    return 0;
}

/* "1960s": the decade, as notBefore/notAfter years. */
static int read_decade(const char *s, tc_date *dt)
{
    size_t k = 0;
    int y = read_number(s, &k, 4);
    if (y < 0 || k != 4 || y % 10 != 0 || s[k] != 's' ||
        !rest_is_empty_or_time(s + k + 1))
        return 0;
    dt->not_before = tc_asprintf("%04d", y);
    dt->not_after = tc_asprintf("%04d", y + 9);
    return dt->not_before && dt->not_after;
}

/* "[1967?]", "1967?", "[?] 1967": trailing or bracketed doubt. */
static size_t strip_doubt(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
        s[--n] = '\0';
    if (n >= 3 && strcmp(s + n - 3, "[?]") == 0) {
        s[n - 3] = '\0';
        return 1;
    }
    if (n >= 1 && s[n - 1] == '?' && (n < 2 || s[n - 2] != '[')) {
        if (n >= 2 && s[n - 2] == ']')
            return 0; /* "[1967]?" is odd enough to leave to read_year */
        s[n - 1] = '\0';
        return 1;
    }
    return 0;
}

int tc_date_read(const char *text, tc_date *dt)
{
    date_clear_iso(dt);
    while (*text == ' ' || *text == '\t')
        text++;
    if (is_undated(text))
        return 1;
    char *s = tc_strdup(text);
    if (!s)
        return 0;
    int doubt = (int)strip_doubt(s);
    qual q;
    const char *p = s + read_qualifier(s, &q);
    point pt;
    size_t k = read_point(p, &pt);
    int ok = 0;
    if (k && point_ok(&pt) && rest_is_empty_or_time(p + k)) {
        ok = 1;
        if (q == Q_BEFORE || q == Q_AFTER) {
            char **dst = q == Q_BEFORE ? &dt->not_after : &dt->not_before;
            *dst = iso(&pt);
            dt->editorial = pt.editorial;
            ok = *dst != NULL;
        } else {
            ok = set_point(dt, &pt);
        }
    } else if (q == Q_NONE || q == Q_CIRCA) {
        ok = read_decade(p, dt) || read_range(p, dt);
    }
    if (ok && (doubt || q == Q_CIRCA))
        dt->uncertain = 1;
    free(s);
    if (!ok)
        date_clear_iso(dt);
    return ok;
}

int tc_date_line_is_date(const char *s)
{
    tc_date tmp;
    memset(&tmp, 0, sizeof tmp);
    int ok = tc_date_read(s, &tmp);
    date_clear_iso(&tmp);
    return ok;
}

int tc_date_find(const char *s, tc_date *dt, size_t *at, size_t *len)
{
    date_clear_iso(dt);
    for (size_t i = 0; s[i]; i++) {
        if (i > 0 && is_word_byte((unsigned char)s[i - 1]))
            continue;
        if (i > 0 && isdigit((unsigned char)s[i - 1]))
            continue;
        point pt;
        size_t k = read_point(s + i, &pt);
        /* a bare year or day inside a title is not enough */
        if (!k || !pt.y || !pt.m || !point_ok(&pt))
            continue;
        *at = i;
        *len = k;
        return set_point(dt, &pt);
    }
    return 0;
}
