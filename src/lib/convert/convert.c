/* convert.c: one input to all requested outputs in memory: decode and parse
 * a text record (or read a TEI/EAD document), build TEI, render the rest. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "convert/output_gate.h"
#include "xslt/engine.h"
#include "xslt/format.h"
#include "tei/loss_check.h"
#include "base/util.h"
#include "xml/node_size.h"
#include "xml/xml_input.h"
#include "validate/validate.h"

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
        free(res->invalid[i]);
        res->invalid[i] = NULL;
        res->invalid_len[i] = 0;
    }
    res->refused = 0;
    res->failed = 0;
    free(res->user);
    res->user = NULL;
    res->user_len = 0;
}

/* A text record to its TEI document. */
static tc_status tei_from_text(const char *bytes, size_t len, const char *file,
                               const char *encoding, xmlDocPtr *tei,
                               tc_diags *d)
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
    /* every character of the body must have reached the TEI: if not, the
     * converter has a bug, and the output must not be written */
    if (st == TC_OK) {
        st = tc_check_nothing_lost(r, *tei, d);
        if (st != TC_OK) {
            xmlFreeDoc(*tei);
            *tei = NULL;
        }
    }
    tc_record_free(r);
    return st;
}

/* An existing XML input checked against the official schema of its type
 * before it is converted. Real collections are often not valid (the FRUS
 * volumes use their own TEI customisation), so by default the problems are
 * warnings and the input is converted; with strict the input is refused.
 * Without a local copy of the schema (no catalog), one note says so. */
static tc_status check_input(const tc_engine *e, xmlDocPtr doc,
                             tc_input_kind kind, const char *file, int *valid,
                             tc_diags *d)
{
    int strict = tc_engine_strict(e);
    *valid = 0;
    tc_diags *tmp = tc_diags_new();
    if (!tmp)
        return TC_E_NOMEM;
    tc_validator *v = tc_engine_input_validator(e, kind, tmp);
    tc_status st = v ? tc_validate_doc(v, doc, file, tmp) : TC_E_IO;
    if (st != TC_OK && tc_validation_cut(tmp)) {
        /* out of time, or stopped: the input fails, even without strict */
        tc_diags_take(d, tmp);
    } else if (st == TC_OK) {
        *valid = 1;
        tc_diags_take(d, tmp);
    } else if (strict && st == TC_E_INVALID) {
        tc_diags_take(d, tmp);
        tc_diags_add(d, TC_SEV_ERROR, "TC055", file, 0, 0, NULL,
                     "fix the input, or convert it without --strict",
                     "%s input refused: it fails its schema (--strict)",
                     tc_input_kind_name(kind));
    } else if (st == TC_E_INVALID) {
        size_t n = 0;
        for (size_t i = 0; i < tc_diags_count(tmp); i++) {
            const tc_diag *g = tc_diags_at(tmp, i);
            tc_severity sev = g->severity;
            if (sev == TC_SEV_ERROR) {
                sev = TC_SEV_WARNING;
                n++;
            }
            tc_diags_add(d, sev, g->code, g->file, g->line, g->col, g->xpath,
                         g->hint, "%s", g->message);
        }
        tc_diags_add(d, TC_SEV_NOTE, "TC055", file, 0, 0, NULL,
                     "use --strict to refuse invalid inputs",
                     "%zu schema error%s in this %s input: converted anyway", n,
                     n == 1 ? "" : "s", tc_input_kind_name(kind));
        st = TC_OK;
    } else {
        const char *why = "no validator";
        for (size_t i = 0; i < tc_diags_count(tmp); i++)
            if (tc_diags_at(tmp, i)->severity == TC_SEV_ERROR) {
                why = tc_diags_at(tmp, i)->message;
                break;
            }
        tc_diags_add(
            d, strict ? TC_SEV_ERROR : TC_SEV_NOTE, "TC055", file, 0, 0, NULL,
            "point XML_CATALOG_FILES at a catalog of the official "
            "schemas (teiconv never downloads them)",
            "%s input not validated: %s", tc_input_kind_name(kind), why);
        st = strict ? TC_E_INVALID : TC_OK;
    }
    tc_diags_free(tmp);
    return st;
}

/* "tei ead html": the names of the formats in the mask; NULL when none
 * (or out of memory: the page then links to none). Caller frees. */
static char *formats_made(unsigned mask)
{
    tc_buf b = {0};
    for (int i = 0; i < TC_FMT_COUNT; i++)
        if (mask & tc_format_at(i))
            tc_buf_printf(&b, "%s%s", b.len ? " " : "",
                          tc_format_name(tc_format_at(i)));
    return tc_buf_take(&b);
}

/* Whether doc has more than limit elements, walked without recursion and
 * stopped once past it: a text with no more elements than the summary
 * rule's limit has no more divisions either, so the rule cannot cut it
 * and the summary check (a transformation) is not needed. */
static int more_elements_than(xmlDocPtr doc, long limit)
{
    long n = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = root; c;) {
        if (c->type == XML_ELEMENT_NODE && ++n > limit)
            return 1;
        if (c->children && c->type == XML_ELEMENT_NODE) {
            c = c->children;
            continue;
        }
        while (c && c != root && !c->next)
            c = c->parent;
        c = c && c != root ? c->next : NULL;
    }
    return 0;
}

/* An EAD input migrated to the other EAD version needs an archdesc, the
 * finding aid itself: without one (an invalid input, such as a file cut
 * after its header) there is nothing to migrate. The input is at fault,
 * not the stylesheet: TC055 (it fails its schema), whatever --strict says.
 * Returns whether the input was refused for f. */
static int refuse_ead_without_archdesc(xmlDocPtr doc, tc_input_kind kind,
                                       tc_format f, const char *file,
                                       tc_diags *d)
{
    if (!((kind == TC_IN_EAD2002 && f == TC_FMT_EAD3) ||
          (kind == TC_IN_EAD3 && f == TC_FMT_EAD)))
        return 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE &&
            xmlStrEqual(c->name, BAD_CAST "archdesc"))
            return 0;
    tc_diags_add(d, TC_SEV_ERROR, "TC055", file, 0, 0, "/ead",
                 "a finding aid needs an archdesc after its header; HTML "
                 "and text can still be made (-t html,text)",
                 "%s input without archdesc (it fails its schema): no "
                 "finding aid to migrate to %s, not made",
                 tc_input_kind_name(kind),
                 f == TC_FMT_EAD3 ? "EAD3" : "EAD 2002");
    return 1;
}

tc_status tc_convert_bytes(const tc_engine *e, const char *bytes, size_t len,
                           const char *file, const tc_convert_opts *opts,
                           tc_result *res, tc_diags *d)
{
    memset(res, 0, sizeof(*res));
    size_t errors_before = tc_diags_errors(d);
    size_t max_size = tc_engine_max_size(e);
    if (max_size && len > max_size)
        return tc_refuse_too_large(file, max_size, d);
    if (len == 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC006", file, 0, 0, NULL,
                     "the file has no content to convert", "empty file");
        return TC_E_INPUT;
    }
    xmlDocPtr tei = NULL;
    tc_input_kind kind = TC_IN_TEXT;
    tc_status st;
    if (tc_bytes_look_like_xml(bytes, len))
        st = tc_xml_input_read(bytes, len, file, tc_engine_max_depth(e), &tei,
                               &kind, d);
    else
        st = tei_from_text(bytes, len, file, opts->encoding, &tei, d);
    /* an XML input after its entities are expanded, a text record as the
     * TEI built from it: no node past --max-node-size reaches a stylesheet */
    if (st == TC_OK)
        st = tc_node_sizes_check(tei, tc_engine_max_node(e), file, d);
    int input_valid = 0; /* passed its official schema just now */
    if (st == TC_OK && kind != TC_IN_TEXT && tc_engine_validates(e))
        st = check_input(e, tei, kind, file, &input_valid, d);
    if (st != TC_OK) {
        xmlFreeDoc(tei);
        return st;
    }
    /* record-stem, formats-made, index-href, the summary rule (2 each), publishing (6),
     * the loss report's own (6), NULL */
    const char *params[25] = {NULL};
    size_t np = 0;
    char depth[24], count[24];
    long max_count = opts->dsc_max_components ? opts->dsc_max_components
                                              : TC_DSC_MAX_COMPONENTS;
    snprintf(depth, sizeof depth, "%u", opts->dsc_max_depth);
    snprintf(count, sizeof count, "%ld", max_count < 0 ? 0 : max_count);
    params[np++] = "dsc-max-depth";
    params[np++] = depth;
    params[np++] = "dsc-max-components";
    params[np++] = count;
    if (opts->stem) {
        params[np++] = "record-stem";
        params[np++] = opts->stem;
    }
    char *made_list = formats_made(opts->formats);
    if (made_list) {
        params[np++] = "formats-made"; /* the HTML page links to them */
        params[np++] = made_list;
    }
    if (opts->index_href) {
        params[np++] = "index-href"; /* the page links back to the index */
        params[np++] = opts->index_href;
    }
    np += tc_engine_publish_params(e, params + np, 6);
    /* Each format comes from the route for this kind of input: the input
     * itself (TC_ROUTE_SAME), a stylesheet, or nothing (EAD has no way
     * back to TEI): a format with no route is skipped with a warning, and
     * an input that can make none of the formats asked for fails. */
    int made = 0, wanted = 0;
    size_t gate_errors = 0; /* TC060: the input fails, its other outputs
                               are still handed out */
    /* A format whose stylesheet takes another's result (EAD3 migrates the
     * EAD 2002: tc_route_from) reuses that result when it was asked for
     * too: the formats before it in the table are kept until the end. */
    unsigned taken = 0;
    for (int i = 0; i < TC_FMT_COUNT; i++)
        if (opts->formats & tc_format_at(i))
            taken |= tc_route_from(kind, tc_format_at(i));
    xmlDocPtr kept[TC_FMT_COUNT] = {NULL};
    size_t render_errors = 0;    /* the same for a rendering that failed */
    tc_status render_st = TC_OK; /* the worst of those failures */
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
        /* The output gate: an XML output is validated, on its tree, before
         * it is handed out; a refused one fails the input but not the other
         * formats. The input itself as output (TC_ROUTE_SAME) that has just
         * passed the same official schema needs no second look. */
        if (refuse_ead_without_archdesc(tei, kind, f, file, d)) {
            res->failed |= f;
            render_errors++;
            if (render_st == TC_OK)
                render_st = TC_E_INPUT;
            continue;
        }
        int same = strcmp(route, TC_ROUTE_SAME) == 0;
        int gated = tc_output_gate_covers(f) && tc_engine_output_check(e);
        int keep = (taken & f) != 0;
        xmlDocPtr tree = NULL;
        size_t before_render = tc_diags_errors(d);
        if (same) {
            st = tc_xml_serialize(tei, &res->data[i], &res->len[i]);
        } else {
            int from = tc_format_index(tc_route_from(kind, f));
            st = tc_render_input_from(
                e, kind, f, tei, from >= 0 ? kept[from] : NULL, params,
                &res->data[i], &res->len[i], gated || keep ? &tree : NULL, d);
        }
        /* A rendering that fails (its stylesheet stopped: time budget,
         * recursion limit, an error it raised) fails this format and the
         * input, but not the other formats: each is its own result (one
         * made from it is rendered from the TEI instead). Only running out
         * of memory ends them all. */
        if (st != TC_OK && st != TC_E_NOMEM) {
            free(res->data[i]);
            res->data[i] = NULL;
            res->len[i] = 0;
            res->failed |= f;
            render_errors += tc_diags_errors(d) - before_render;
            if (render_st == TC_OK || render_st == TC_E_INPUT)
                render_st = st;
            st = TC_OK;
            xmlFreeDoc(tree);
            continue;
        }
        /* the input as output (even TEI that says teiconv wrote it, maybe
         * edited since) is someone's document: the official schema only */
        int foreign = same && kind != TC_IN_TEXT;
        size_t before = tc_diags_errors(d);
        tc_status gs = st == TC_OK && gated && !(foreign && input_valid)
                           ? tc_output_gate(e, f, foreign, same ? tei : tree,
                                            res->data[i], res->len[i], file, d)
                           : TC_OK;
        gate_errors += tc_diags_errors(d) - before;
        if (gs != TC_OK && gs != TC_E_INVALID) {
            /* the gate could not judge it (its validation out of time or
             * stopped, or out of memory): unchecked, the output is not
             * written and fails as a rendering does */
            free(res->data[i]);
            res->data[i] = NULL;
            res->len[i] = 0;
            res->failed |= f;
            if (render_st == TC_OK || render_st == TC_E_INPUT)
                render_st = gs;
            xmlFreeDoc(tree);
            continue;
        }
        if (gs == TC_E_INVALID) {
            res->invalid[i] = res->data[i];
            res->invalid_len[i] = res->len[i];
            res->data[i] = NULL;
            res->len[i] = 0;
            res->refused |= f;
        }
        if (keep && st == TC_OK && !(res->refused & f)) {
            kept[i] = tree;
            tree = NULL;
        }
        xmlFreeDoc(tree);
        made += st == TC_OK && !(res->refused & f);
    }
    /* The loss report names the TEI header fields that EAD, EAD3 and DC
     * have no place for, and what of the header and the text HTML and text
     * do not show: only TEI inputs have them. Off, it still runs on TEI
     * made into a finding aid, for the summary warning (TC201): a limit
     * never cuts components silently. Then the user's own stylesheet. */
    for (int i = 0; i < TC_FMT_COUNT; i++)
        xmlFreeDoc(kept[i]);
    unsigned lossy =
        TC_FMT_EAD | TC_FMT_EAD3 | TC_FMT_DC | TC_FMT_HTML | TC_FMT_TEXT;
    int notes = tc_engine_loss_report_on(e);
    int summary = kind == TC_IN_TEI &&
                  (opts->formats & (TC_FMT_EAD | TC_FMT_EAD3)) &&
                  (opts->dsc_max_depth > 0 ||
                   (max_count > 0 && more_elements_than(tei, max_count)));
    if (st == TC_OK && (opts->formats & lossy) && (notes || summary) &&
        (kind == TC_IN_TEXT || kind == TC_IN_TEI_OURS || kind == TC_IN_TEI)) {
        params[np++] = "loss-formats";
        params[np++] = made_list ? made_list : "";
        params[np++] = "loss-input";
        params[np++] = kind == TC_IN_TEI ? "teidoc" : "record";
        params[np++] = "loss-notes";
        params[np++] = notes ? "1" : "0";
        st = tc_engine_run_loss(e, tei, file, params, d);
    }
    if (st == TC_OK)
        st = tc_engine_run_user(e, tei, file, opts->stem, &res->user,
                                &res->user_len, d);
    xmlFreeDoc(tei);
    free(made_list);
    if (st == TC_OK && wanted && !made && !res->user && !res->refused &&
        !res->failed) {
        tc_diags_add(d, TC_SEV_ERROR, "TC054", file, 0, 0, NULL, NULL,
                     "none of the formats asked for can be made from %s",
                     tc_input_kind_name(kind));
        st = TC_E_INPUT;
    }
    /* an error is never only a message: an input that has one is not
     * converted (exit status 1), whichever step reported it */
    if (st == TC_OK &&
        tc_diags_errors(d) > errors_before + gate_errors + render_errors)
        st = TC_E_INPUT;
    if (st != TC_OK)
        tc_result_clear(res);
    else if (res->failed)
        st = render_st; /* the other outputs are kept, to be written */
    else if (res->refused)
        st = TC_E_INVALID; /* the other outputs are kept, to be written */
    return st;
}
