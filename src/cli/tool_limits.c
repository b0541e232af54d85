/* tool_limits.c: the options shared by convert and validate that bound an
 * input's resources and what it may read (--max-size, --max-node-size,
 * --allow-read, --max-validate-seconds) and
 * how many threads a batch runs (-j). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "tool.h"

int tool_parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9')
        return -1; /* strtoull would take "-1" and " 1" */
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s)
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case 'K':
    case 'k':
        shift = 10;
        end++;
        break;
    case 'M':
    case 'm':
        shift = 20;
        end++;
        break;
    case 'G':
    case 'g':
        shift = 30;
        end++;
        break;
    default:
        break;
    }
    if (*end || v > (SIZE_MAX >> shift))
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

int tool_size_opt(const char *cmd, const char *opt, const char *arg,
                  size_t *out, FILE *err)
{
    if (tool_parse_size(arg, out) == 0)
        return EXIT_OK;
    fprintf(err,
            "teiconv %s: %s wants a number of bytes, "
            "optionally with K, M or G (0 = no limit), not '%s'\n",
            cmd, opt, arg);
    return EXIT_USAGE;
}

/* "300", "0.05", "2.5": digits, then at most one point and more digits;
 * no sign, exponent, "inf" or "nan" (strtod takes them, and reads the
 * point by the locale). Up to a week. */
static int parse_seconds(const char *s, double *out)
{
    double v = 0, scale = 1;
    int digits = 0, point = 0;
    for (; *s; s++) {
        if (*s == '.' && !point) {
            point = 1;
        } else if (*s >= '0' && *s <= '9') {
            digits++;
            if (point) {
                scale /= 10;
                v += scale * (*s - '0');
            } else {
                v = v * 10 + (*s - '0');
            }
            if (v > 86400.0 * 7)
                return -1;
        } else {
            return -1;
        }
    }
    if (!digits)
        return -1;
    *out = v;
    return 0;
}

int tool_validate_seconds_opt(const char *cmd, const char *arg, FILE *err)
{
    double v;
    if (parse_seconds(arg, &v) == 0) {
        tc_set_validate_time_limit(v);
        return EXIT_OK;
    }
    fprintf(err,
            "teiconv %s: --max-validate-seconds wants a number of seconds, "
            "decimals allowed, up to a week (0 = no limit), not '%s'\n",
            cmd, arg);
    return EXIT_USAGE;
}

int tool_allow_read_opt(const char *cmd, const char *dir, FILE *err)
{
    tc_status st = tc_allow_read(dir);
    if (st == TC_OK)
        return EXIT_OK;
    if (st == TC_E_NOMEM)
        return EXIT_INTERNAL;
    fprintf(err,
            "teiconv %s: --allow-read wants an existing folder, not "
            "'%s'\n",
            cmd, dir);
    return EXIT_USAGE;
}

int tool_jobs_opt(const char *cmd, const char *arg, int *out, FILE *err)
{
    char *end;
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno || end == arg || *end || v < 1 || v > 1024) {
        fprintf(err,
                "teiconv %s: -j wants a number of threads from 1 to 1024, "
                "not '%s'\n",
                cmd, arg);
        return EXIT_USAGE;
    }
    *out = (int)v;
    return EXIT_OK;
}
