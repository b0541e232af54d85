/* name_guess.c: "did you mean ...?": the allowed name or value closest to
 * a misspelt one by edit distance. Shared by the RELAX NG and the XSD
 * messages. Returns pointers borrowed from the caller's list. */
#include <string.h>

#include "validate/validate.h"

/* Edit distance of a and b, letters compared without case. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 64;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            char x = a[i - 1], y = b[j - 1];
            if (x >= 'A' && x <= 'Z')
                x = (char)(x - 'A' + 'a');
            if (y >= 'A' && y <= 'Z')
                y = (char)(y - 'A' + 'a');
            size_t best = diag + (x != y);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = row[j];
            row[j] = best;
        }
    }
    return row[lb];
}

const char *tc_msg_closest(const char *got, const char *const *names, size_t n)
{
    if (!got)
        return NULL;
    const char *best = NULL;
    size_t bd = (size_t)-1;
    int prefixed = strchr(got, ':') || strchr(got, '}');
    for (size_t i = 0; i < n; i++) {
        /* names may be shown with a prefix (dc:title) or in Clark form;
         * an unprefixed got is a slip for the local part */
        const char *local = names[i];
        const char *cut = strrchr(local, '}');
        if (!cut && !prefixed)
            cut = strrchr(local, ':');
        if (cut && !prefixed)
            local = cut + 1;
        size_t dd = distance(got, local);
        if (dd < bd) {
            bd = dd;
            best = names[i];
        }
    }
    size_t len = strlen(got);
    size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    return best && bd > 0 && bd <= limit ? best : NULL;
}
