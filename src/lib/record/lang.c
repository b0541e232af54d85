/* lang.c: language names as printed on records to BCP 47 and ISO 639-2/B
 * codes, from the table generated out of data/languages.tsv (base/tables.h,
 * the one table, shared with the XSLT); linear search is fine for ~130
 * rows. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "record/lang.h"
#include "base/tables.h"

static int name_equals(const char *printed, const char *name)
{
    while (isspace((unsigned char)*printed))
        printed++;
    size_t n = strlen(printed);
    while (n > 0 && isspace((unsigned char)printed[n - 1]))
        n--;
    return n == strlen(name) && strncasecmp(printed, name, n) == 0;
}

int tc_lang_lookup(const char *name, const char **bcp47, const char **iso639_2b)
{
    *bcp47 = NULL;
    *iso639_2b = NULL;
    if (!name)
        return 0;
    for (size_t i = 0; i < tc_lang_nrows; i++) {
        if (name_equals(name, tc_lang_rows[i].name)) {
            *bcp47 = tc_lang_rows[i].bcp47;
            *iso639_2b = tc_lang_rows[i].iso;
            return 1;
        }
    }
    /* "Russian (original)", "Chinese (handwritten)": the name before the
     * parenthesis */
    const char *paren = strchr(name, '(');
    if (paren && paren > name && paren - name < 40) {
        char head[40];
        size_t n = (size_t)(paren - name);
        memcpy(head, name, n);
        head[n] = '\0';
        return tc_lang_lookup(head, bcp47, iso639_2b);
    }
    return 0;
}

const char *tc_lang_bcp47_to_iso(const char *bcp47)
{
    if (!bcp47)
        return NULL;
    for (size_t i = 0; i < tc_lang_nrows; i++)
        if (strcasecmp(bcp47, tc_lang_rows[i].bcp47) == 0)
            return tc_lang_rows[i].iso;
    return NULL;
}
