/* output_gate.c: the output gate: an output is validated in memory against
 * the project's schema and the official one before it may be written, and
 * a failure is told as one TC060 error with the output's first problems. */
#include <stdlib.h>
#include <string.h>

#include "convert/output_gate.h"
#include "xslt/engine.h"
#include "validate/validate.h"
#include "base/util.h"

/* How many of an output's problems TC060 quotes. */
#define GATE_QUOTED 3

int tc_output_gate_covers(tc_format f)
{
    return f == TC_FMT_TEI || f == TC_FMT_EAD || f == TC_FMT_EAD3 ||
           f == TC_FMT_DC;
}

/* The schemas an output of format f is checked against, ours first;
 * how many (at most 2). */
static int schemas_for(tc_format f, int same, tc_schema_slot out[2])
{
    switch (f) {
    case TC_FMT_TEI:
        if (same) {
            out[0] = TC_SCHEMA_TEI;
            return 1;
        }
        out[0] = TC_SCHEMA_TEI_OWN;
        out[1] = TC_SCHEMA_TEI;
        return 2;
    case TC_FMT_EAD:
        out[0] = TC_SCHEMA_EAD;
        return 1;
    case TC_FMT_EAD3:
        out[0] = TC_SCHEMA_EAD3;
        return 1;
    case TC_FMT_DC:
        out[0] = TC_SCHEMA_DC_OWN;
        return 1;
    default:
        return 0;
    }
}

static int is_own(tc_schema_slot s)
{
    return s == TC_SCHEMA_TEI_OWN || s == TC_SCHEMA_DC_OWN;
}

/* The refusal: one error naming the format and schema, quoting the first
 * GATE_QUOTED errors of src (line, XPath, message). */
static void refuse(tc_diags *d, tc_format f, int same, tc_schema_slot s,
                   const tc_diags *src, const char *file)
{
    tc_buf b = {0};
    size_t n = 0;
    for (size_t i = 0; i < tc_diags_count(src); i++) {
        const tc_diag *g = tc_diags_at(src, i);
        if (g->severity != TC_SEV_ERROR)
            continue;
        if (n++ >= GATE_QUOTED)
            continue;
        tc_buf_printf(&b, "%s", n > 1 ? "; " : "");
        if (g->line > 0)
            tc_buf_printf(&b, "line %ld", g->line);
        if (g->xpath)
            tc_buf_printf(&b, "%s%s", g->line > 0 ? " " : "", g->xpath);
        tc_buf_printf(&b, "%s%s", g->line > 0 || g->xpath ? ": " : "",
                      g->message);
    }
    char *what = tc_buf_take(&b);
    /* the input passed on as its own output (a TEI copy of a TEI input)
     * is invalid because the input is: no mapping of ours is to blame */
    tc_diags_add(d, TC_SEV_ERROR, "TC060", file, 0, 0, NULL,
                 same ? "the input itself fails its schema (teiconv validate "
                        "shows where); --keep-invalid writes the copy anyway"
                      : "a bug in teiconv's mapping for this input: report "
                        "it with the input; --keep-invalid writes the output "
                        "anyway, for inspection",
                 "%s output refused, not written: it fails %s (%zu error%s"
                 "%s%s)",
                 tc_format_name(f), tc_schema_slot_name(s), n,
                 n == 1 ? "" : "s", what && *what ? ": " : "",
                 what ? what : "");
    free(what);
}

tc_status tc_output_gate(const tc_engine *e, tc_format f, int same,
                         xmlDocPtr doc, const char *bytes, size_t len,
                         const char *file, tc_diags *d)
{
    tc_schema_slot slots[2];
    int n = schemas_for(f, same, slots);
    if (!tc_engine_output_check(e) || n == 0)
        return TC_OK;
    if (!doc)
        return TC_E_INTERNAL;
    for (int i = 0; i < n; i++) {
        tc_diags *tmp = tc_diags_new();
        if (!tmp)
            return TC_E_NOMEM;
        tc_validator *v = tc_engine_schema_validator(e, slots[i], tmp);
        if (!v && !is_own(slots[i])) {
            /* the official schema is not installed: ours (if any) is all
             * that checks this output */
            tc_diags_add(d, TC_SEV_NOTE, "TC062", file, 0, 0, NULL,
                         "run 'teiconv schemas install', or point "
                         "XML_CATALOG_FILES at a catalog of the official "
                         "schemas",
                         "%s output not checked against the official %s: "
                         "not available locally",
                         tc_format_name(f), tc_schema_slot_name(slots[i]));
            tc_diags_free(tmp);
            continue;
        }
        tc_status st = v ? tc_validate_doc(v, doc, file, tmp) : TC_E_IO;
        if (st == TC_E_INVALID && bytes) {
            /* the result tree has no line numbers: the serialised output,
             * parsed again, gives them (only for a refused output) */
            tc_diags *lines = tc_diags_new();
            if (lines &&
                tc_validate_bytes(v, bytes, len, file, lines) == TC_E_INVALID) {
                tc_diags_free(tmp);
                tmp = lines;
                lines = NULL;
            }
            tc_diags_free(lines);
        }
        if (st == TC_E_NOMEM) {
            tc_diags_free(tmp);
            return st;
        }
        if (st != TC_OK && tc_validation_cut(tmp)) {
            /* out of time, or stopped: not a verdict on the output */
            tc_diags_take(d, tmp);
            tc_diags_free(tmp);
            return st;
        }
        if (st != TC_OK) {
            /* invalid, or our own schema unusable: unchecked is refused */
            refuse(d, f, same, slots[i], tmp, file);
            tc_diags_free(tmp);
            return TC_E_INVALID;
        }
        tc_diags_free(tmp);
    }
    return TC_OK;
}
