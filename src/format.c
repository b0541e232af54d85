/* format.c: the output formats: their names on the command line, their file
 * suffixes and the stylesheets that make them. */
#include <string.h>
#include <strings.h>

#include "format.h"

typedef struct format_row {
    tc_format fmt;
    const char *name;
    const char *suffix;
    const char *stylesheet; /* under xsl/; NULL for TEI itself */
} format_row;

static const format_row formats[TC_FMT_COUNT] = {
    {TC_FMT_TEI, "tei", ".tei.xml", NULL},
    {TC_FMT_EAD, "ead", ".ead.xml", "tei2ead.xsl"},
    {TC_FMT_EAD3, "ead3", ".ead3.xml", "tei2ead3.xsl"},
    {TC_FMT_HTML, "html", ".html", "tei2html.xsl"},
    {TC_FMT_TEXT, "text", ".txt", "tei2text.xsl"},
    {TC_FMT_DC, "dc", ".dc.xml", "tei2dc.xsl"},
};

static const format_row *row_of(tc_format f)
{
    for (size_t i = 0; i < TC_FMT_COUNT; i++)
        if (formats[i].fmt == f)
            return &formats[i];
    return NULL;
}

const char *tc_format_name(tc_format f)
{
    const format_row *r = row_of(f);
    return r ? r->name : "?";
}

const char *tc_format_suffix(tc_format f)
{
    const format_row *r = row_of(f);
    return r ? r->suffix : "";
}

const char *tc_format_stylesheet(tc_format f)
{
    const format_row *r = row_of(f);
    return r ? r->stylesheet : NULL;
}

int tc_format_index(tc_format f)
{
    for (int i = 0; i < TC_FMT_COUNT; i++)
        if (formats[i].fmt == f)
            return i;
    return -1;
}

tc_format tc_format_at(int i)
{
    return formats[i].fmt;
}

tc_status tc_formats_parse(const char *list, unsigned *mask)
{
    *mask = 0;
    if (!list || !*list)
        return TC_E_USAGE;
    const char *p = list;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        int known = 0;
        if (n == 3 && strncasecmp(p, "all", 3) == 0) {
            *mask |= TC_FMT_ALL;
            known = 1;
        } else if (n == 3 && strncasecmp(p, "txt", 3) == 0) {
            *mask |= TC_FMT_TEXT;
            known = 1;
        }
        for (size_t i = 0; !known && i < TC_FMT_COUNT; i++) {
            if (n == strlen(formats[i].name) &&
                strncasecmp(p, formats[i].name, n) == 0) {
                *mask |= formats[i].fmt;
                known = 1;
            }
        }
        if (!known)
            return TC_E_USAGE;
        if (!comma)
            break;
        p = comma + 1;
    }
    return *mask ? TC_OK : TC_E_USAGE;
}
