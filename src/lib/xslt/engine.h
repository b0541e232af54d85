/* engine.h: internal pieces of the engine shared with other library files:
 * one-time library set-up, safe XSLT preferences, stylesheet loading and a
 * single transformation with diagnostics. */
#ifndef TC_ENGINE_H
#define TC_ENGINE_H

#include <libxslt/xsltInternals.h>
#include <libxslt/security.h>
#include "teiconv.h"
#include "xml/xml_input.h"

/* XSLT preferences forbidding file writes, directory creation, network
 * access and reads outside the stylesheet's and the input's folders; a
 * refused access stops the transformation (it fails). Free with
 * xsltFreeSecurityPrefs. */
xsltSecurityPrefsPtr tc_security_prefs_new(void);

/* Read (no network) and compile a stylesheet; NULL with a diagnostic.
 * Free it with tc_stylesheet_free (xslt/fit_table.h). */
xsltStylesheetPtr tc_stylesheet_load(const char *path, tc_diags *d);

/* Apply style to in with prefs and string params (may be NULL). With out,
 * the serialised result goes to out and out_len (caller frees); with result,
 * the result tree goes to *result (caller frees with xmlFreeDoc). what
 * names the step in diagnostics. */
tc_status tc_transform_run(xsltStylesheetPtr style, xsltSecurityPrefsPtr prefs,
                           xmlDocPtr in, const char **params, const char *what,
                           char **out, size_t *out_len, xmlDocPtr *result,
                           tc_diags *d);

/* Render an input document of kind k as f: our TEI through tc_render,
 * other kinds through the (input kind, format) stylesheets, compiled on
 * first use (see tc_route_stylesheet). TC_E_USAGE when there is no such
 * stylesheet route. Output as for tc_render. */
tc_status tc_render_input(const tc_engine *e, tc_input_kind k, tc_format f,
                          xmlDocPtr doc, const char **params, char **out,
                          size_t *out_len, tc_diags *d);
/* tc_render_input that also hands back the result tree in *result (caller
 * frees with xmlFreeDoc; NULL on failure), for the output gate. */
tc_status tc_render_input_tree(const tc_engine *e, tc_input_kind k, tc_format f,
                               xmlDocPtr doc, const char **params, char **out,
                               size_t *out_len, xmlDocPtr *result, tc_diags *d);
/* tc_render_input_tree for a route whose stylesheet takes another
 * format's result (tc_route_from): prior is that result when the caller
 * has made it already (it may be changed; the caller still frees it),
 * NULL to have it made and freed here. */
tc_status tc_render_input_from(const tc_engine *e, tc_input_kind k, tc_format f,
                               xmlDocPtr doc, xmlDocPtr prior,
                               const char **params, char **out, size_t *out_len,
                               xmlDocPtr *result, tc_diags *d);

/* The validator for inputs of kind k against the official schema of its
 * type (tc_engine_schema_validator; NULL for text records or when it
 * cannot be made, with a TC300 error in d). */
tc_validator *tc_engine_input_validator(const tc_engine *e, tc_input_kind k,
                                        tc_diags *d);

/* The schemas teiconv checks documents against, one compiled validator
 * each per engine (so per run): the official ones of each type (found
 * through the XML catalogs; they check the inputs of their type and the
 * outputs of their format) and the project's own under schemas/ (they
 * check what teiconv writes). */
typedef enum tc_schema_slot {
    TC_SCHEMA_TEI,     /* tei_all.rng */
    TC_SCHEMA_EAD,     /* ead.xsd (EAD 2002) */
    TC_SCHEMA_EAD3,    /* ead3.rng */
    TC_SCHEMA_TEI_OWN, /* schemas/teiconv-tei.rng */
    TC_SCHEMA_DC_OWN,  /* schemas/oai_dc.rng */
    TC_SCHEMA_COUNT
} tc_schema_slot;

/* The validator of schema slot s (made on first use, shared, thread-safe;
 * NULL when it cannot be made, with a TC300 error in d each time). */
tc_validator *tc_engine_schema_validator(const tc_engine *e, tc_schema_slot s,
                                         tc_diags *d);
/* The file name of slot s's schema, for messages ("ead3.rng"); static. */
const char *tc_schema_slot_name(tc_schema_slot s);
/* 0 when tc_engine_set_output_check turned the output gate off. */
int tc_engine_output_check(const tc_engine *e);

/* 0 when tc_engine_set_validate turned the input schema check off. */
int tc_engine_validates(const tc_engine *e);
/* 1 when tc_engine_set_strict asked to refuse invalid XML inputs. */
int tc_engine_strict(const tc_engine *e);
/* The deepest element nesting allowed in XML inputs (tc_engine_set_limits). */
unsigned tc_engine_max_depth(const tc_engine *e);
/* Append the publishing parameters (tc_engine_set_publishing) to params,
 * name then value, at most room strings; how many were added (borrowed). */
size_t tc_engine_publish_params(const tc_engine *e, const char **params,
                                size_t room);

/* The user's stylesheet (tc_engine_set_user_stylesheet) on an input's
 * document, as tc_user_xsl_run; TC_OK with *out NULL when there is none. */
tc_status tc_engine_run_user(const tc_engine *e, xmlDocPtr doc,
                             const char *file, const char *stem, char **out,
                             size_t *out_len, tc_diags *d);

/* Whether the loss report (tc_engine_set_loss_report) is on. */
int tc_engine_loss_report_on(const tc_engine *e);
/* xsl/report/tei-loss.xsl on a TEI document (compiled on first use when
 * the loss report is off): its lines become notes TC200 and warnings
 * TC201 (tc_loss_report_run). params as tc_render, with loss-formats,
 * loss-input and loss-notes among them. */
tc_status tc_engine_run_loss(const tc_engine *e, xmlDocPtr tei,
                             const char *file, const char **params,
                             tc_diags *d);

/* Compile xsl/NAME of the engine's data folder, run it once on doc under
 * the engine's security preferences, and free it: for stylesheets a run
 * uses once (the collection finding aid and index). params as tc_render;
 * result as tc_render_input_tree (may be NULL). */
tc_status tc_engine_run_named(const tc_engine *e, const char *name,
                              xmlDocPtr doc, const char **params, char **out,
                              size_t *out_len, xmlDocPtr *result, tc_diags *d);

#endif /* TC_ENGINE_H */
