/* date.c: printed dates to ISO 8601 (when, from/to, notBefore/notAfter),
 * keeping only the precision the text states. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "util.h"

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};

/* Month number (1-12) for a name or abbreviation ("Nov", "Nov.", "Sept"),
 * 0 when not a month. *used gets the characters consumed. */
static int read_month(const char *s, size_t *used)
{
    size_t n = 0;
    while (isalpha((unsigned char)s[n]))
        n++;
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]);
        if (n <= full && strncasecmp(s, month_names[m], n) == 0 &&
            (n == full || n == 3 || (m == 8 && n == 4))) {
            *used = n + (s[n] == '.' ? 1 : 0);
            return m + 1;
        }
    }
    return 0;
}

static int read_number(const char *s, size_t *used, int maxdigits)
{
    size_t n = 0;
    int v = 0;
    while (isdigit((unsigned char)s[n]) && (int)n < maxdigits) {
        v = v * 10 + (s[n] - '0');
        n++;
    }
    if (isdigit((unsigned char)s[n]))
        return -1;
    *used = n;
    return n ? v : -1;
}

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == ',')
        s++;
    return s;
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

static void set_iso(char **dst, int y, int m, int d)
{
    free(*dst);
    if (d > 0)
        *dst = tc_asprintf("%04d-%02d-%02d", y, m, d);
    else if (m > 0)
        *dst = tc_asprintf("%04d-%02d", y, m);
    else
        *dst = tc_asprintf("%04d", y);
}

/* Parse a year, possibly in editorial brackets "[1950]". */
static int read_year(const char *s, size_t *used, int *editorial)
{
    size_t n = 0;
    int br = 0;
    if (s[0] == '[') {
        br = 1;
        n = 1;
    }
    size_t k;
    int y = read_number(s + n, &k, 4);
    if (y < 0 || k != 4)
        return -1;
    n += k;
    if (br) {
        if (s[n] != ']')
            return -1;
        n++;
        *editorial = 1;
    }
    *used = n;
    return y;
}

int tc_date_read(const char *s, tc_date *dt)
{
    s = skip_space(s);
    int y = -1, m = 0, d = 0, editorial = 0;
    size_t k;
    const char *p = s;
    int mm = read_month(p, &k);
    if (mm) {
        /* "January 20, 1967", "Nov. 3, 1972", "November 1967" */
        m = mm;
        p = skip_space(p + k);
        int v = read_number(p, &k, 2);
        if (v > 0 && !isdigit((unsigned char)p[k])) {
            d = v;
            p = skip_space(p + k);
        }
        y = read_year(p, &k, &editorial);
        if (y < 0)
            return 0;
        p += k;
    } else if (isdigit((unsigned char)*p)) {
        int v = read_number(p, &k, 4);
        if (k == 4 && p[k] == '-') {
            /* ISO already: 1967-01-20 / 1967-01 */
            y = v;
            p += k + 1;
            m = read_number(p, &k, 2);
            if (m < 1)
                return 0;
            p += k;
            if (*p == '-') {
                d = read_number(p + 1, &k, 2);
                if (d < 1)
                    return 0;
                p += k + 1;
            }
        } else if (k == 4) {
            y = v; /* "1967" */
            p += k;
        } else if (k <= 2) {
            /* "1 January [1950]" */
            d = v;
            p = skip_space(p + k);
            m = read_month(p, &k);
            if (!m)
                return 0;
            p = skip_space(p + k);
            y = read_year(p, &k, &editorial);
            if (y < 0)
                return 0;
            p += k;
        } else {
            return 0;
        }
    } else {
        return 0;
    }
    while (*p == ' ' || *p == '.' || *p == '\t')
        p++;
    if (*p != '\0')
        return 0;
    if (m < 0 || m > 12 || (m && d > days_in_month(y, m)) || d < 0)
        return 0;
    dt->editorial = editorial;
    set_iso(&dt->when, y, m, d);
    return dt->when != NULL;
}

int tc_date_line_is_date(const char *s)
{
    tc_date tmp;
    memset(&tmp, 0, sizeof tmp);
    int ok = tc_date_read(s, &tmp);
    free(tmp.when);
    free(tmp.from);
    free(tmp.to);
    free(tmp.not_before);
    free(tmp.not_after);
    return ok;
}
