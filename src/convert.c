/* convert.c: one input to all requested outputs in memory: decode and parse
 * a text record (or read a TEI/EAD document), build TEI, render the rest. */
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "engine.h"
#include "format.h"
#include "util.h"
#include "xml_input.h"

int tc_format_slot(tc_format f)
{
    return tc_format_index(f);
}

void tc_result_clear(tc_result *res)
{
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        free(res->data[i]);
        res->data[i] = NULL;
        res->len[i] = 0;
    }
}

/* A text record to its TEI document. */
static tc_status tei_from_text(const char *bytes, size_t len,
                               const char *file, const char *encoding,
                               xmlDocPtr *tei, tc_diags *d)
{
    char *text = NULL;
    size_t tlen = 0;
    tc_status st = tc_text_decode(bytes, len, encoding, file, &text, &tlen, d);
    if (st != TC_OK)
        return st;
    tc_record *r = NULL;
    st = tc_record_parse(text, tlen, file, &r, d);
    free(text);
    if (st != TC_OK)
        return st;
    st = tc_tei_build(r, tei, d);
    tc_record_free(r);
    return st;
}

tc_status tc_convert_bytes(const tc_engine *e, const char *bytes, size_t len,
                           const char *file, const tc_convert_opts *opts,
                           tc_result *res, tc_diags *d)
{
    memset(res, 0, sizeof(*res));
    if (len == 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC006", file, 0, 0, NULL,
                     "the file has no content to convert", "empty file");
        return TC_E_INPUT;
    }
    xmlDocPtr tei = NULL;
    tc_input_kind kind = TC_IN_TEXT;
    tc_status st;
    if (tc_bytes_look_like_xml(bytes, len))
        st = tc_xml_input_read(bytes, len, file, &tei, &kind, d);
    else
        st = tei_from_text(bytes, len, file, opts->encoding, &tei, d);
    if (st != TC_OK)
        return st;
    const char *params[5] = {NULL};
    if (opts->stem) {
        params[0] = "record-stem";
        params[1] = opts->stem;
    }
    /* Each format comes from the route for this kind of input: the input
     * itself (TC_ROUTE_SAME), a stylesheet, or nothing (EAD has no way
     * back to TEI): a format with no route is skipped with a warning, and
     * an input that can make none of the formats asked for fails. */
    int made = 0, wanted = 0;
    for (int i = 0; i < TC_FMT_COUNT && st == TC_OK; i++) {
        tc_format f = tc_format_at(i);
        if (!(opts->formats & f))
            continue;
        wanted++;
        const char *route = tc_route_stylesheet(kind, f);
        if (!route) {
            tc_diags_add(d, TC_SEV_WARNING, "TC054", file, 0, 0, NULL,
                         "ask for another format (-t)",
                         "%s input: no conversion to %s, not made",
                         tc_input_kind_name(kind), tc_format_name(f));
            continue;
        }
        if (strcmp(route, TC_ROUTE_SAME) == 0)
            st = tc_xml_serialize(tei, &res->data[i], &res->len[i]);
        else
            st = tc_render_input(e, kind, f, tei, params, &res->data[i],
                                 &res->len[i], d);
        made += st == TC_OK;
    }
    xmlFreeDoc(tei);
    if (st == TC_OK && wanted && !made) {
        tc_diags_add(d, TC_SEV_ERROR, "TC054", file, 0, 0, NULL, NULL,
                     "none of the formats asked for can be made from %s",
                     tc_input_kind_name(kind));
        st = TC_E_INPUT;
    }
    if (st != TC_OK)
        tc_result_clear(res);
    return st;
}
