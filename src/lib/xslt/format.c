/* format.c: the output formats: their names on the command line, their file
 * suffixes and the stylesheets that make them. */
#include <string.h>
#include <strings.h>

#include "xslt/format.h"

typedef struct format_row {
    tc_format fmt;
    /* the stylesheet takes this format's result tree, not the TEI; 0: the
     * TEI */
    tc_format from;
    const char *name;
    const char *suffix;
    const char *stylesheet; /* under xsl/; NULL for TEI itself */
} format_row;

/* clang-format off */
static const format_row formats[TC_FMT_COUNT] = {
    {TC_FMT_TEI, 0, "tei", ".tei.xml", NULL},
    {TC_FMT_EAD, 0, "ead", ".ead.xml", "record/tei2ead.xsl"},
    {TC_FMT_EAD3, TC_FMT_EAD, "ead3", ".ead3.xml", "record/ead2ead3-record.xsl"},
    {TC_FMT_HTML, 0, "html", ".html", "record/tei2html.xsl"},
    {TC_FMT_TEXT, 0, "text", ".txt", "record/tei2text.xsl"},
    {TC_FMT_DC, 0, "dc", ".dc.xml", "record/tei2dc.xsl"},
};
/* clang-format on */

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

/* Second table: (input kind, format) -> stylesheet, for inputs that did
 * not come from a text record. Only the entries present are routes. */
typedef struct route_row {
    tc_input_kind kind;
    tc_format fmt;
    const char *stylesheet;
    tc_format from; /* as in format_row */
} route_row;

/* clang-format off */
static const route_row routes[] = {
    {TC_IN_TEI, TC_FMT_TEI, TC_ROUTE_SAME, 0},
    {TC_IN_TEI, TC_FMT_EAD, "tei/teidoc2ead.xsl", 0},
    {TC_IN_TEI, TC_FMT_EAD3, "tei/ead2ead3-teidoc.xsl", TC_FMT_EAD},
    {TC_IN_TEI, TC_FMT_HTML, "tei/teidoc2html.xsl", 0},
    {TC_IN_TEI, TC_FMT_TEXT, "tei/teidoc2text.xsl", 0},
    {TC_IN_TEI, TC_FMT_DC, "tei/teidoc2dc.xsl", 0},
    {TC_IN_EAD2002, TC_FMT_EAD, TC_ROUTE_SAME, 0},
    {TC_IN_EAD2002, TC_FMT_EAD3, "ead/ead2ead3.xsl", 0},
    {TC_IN_EAD2002, TC_FMT_HTML, "ead/ead2html.xsl", 0},
    {TC_IN_EAD2002, TC_FMT_TEXT, "ead/ead2text.xsl", 0},
    {TC_IN_EAD3, TC_FMT_EAD, "ead/ead3to2002.xsl", 0},
    {TC_IN_EAD3, TC_FMT_EAD3, TC_ROUTE_SAME, 0},
    {TC_IN_EAD3, TC_FMT_HTML, "ead/ead2html.xsl", 0},
    {TC_IN_EAD3, TC_FMT_TEXT, "ead/ead2text.xsl", 0},
};
/* clang-format on */

tc_format tc_route_from(tc_input_kind k, tc_format f)
{
    if (k == TC_IN_TEXT || k == TC_IN_TEI_OURS) {
        const format_row *r = row_of(f);
        return r ? r->from : 0;
    }
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (routes[i].kind == k && routes[i].fmt == f)
            return routes[i].from;
    return 0;
}

const char *tc_route_stylesheet(tc_input_kind k, tc_format f)
{
    if (k == TC_IN_TEXT || k == TC_IN_TEI_OURS)
        return f == TC_FMT_TEI ? TC_ROUTE_SAME : tc_format_stylesheet(f);
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (routes[i].kind == k && routes[i].fmt == f)
            return routes[i].stylesheet;
    return NULL;
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
