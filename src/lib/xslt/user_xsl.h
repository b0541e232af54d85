/* user_xsl.h: the user's own stylesheet (--xsl) and the loss report
 * (xsl/tei-loss.xsl): the two extra transformations run on an input's TEI
 * besides the formats. Internal; the engine owns both objects. */
#ifndef TC_USER_XSL_H
#define TC_USER_XSL_H

#include <libxslt/security.h>
#include <libxslt/xsltInternals.h>
#include "teiconv.h"

typedef struct tc_user_xsl tc_user_xsl;

/* Read and compile the stylesheet at path (no network, imports by URL
 * refused) and copy params (NULL-terminated name/value list, may be NULL).
 * TC_E_IO with TC210 when unreadable, TC_E_USAGE with TC211 (and the
 * compiler's messages) when it does not compile. Free with
 * tc_user_xsl_free. */
tc_status tc_user_xsl_load(const char *path, const char *const *params,
                           tc_user_xsl **out, tc_diags *d);
void tc_user_xsl_free(tc_user_xsl *u);

/* ".NAME.EXT" (see tc_engine_user_suffix); borrowed. */
const char *tc_user_xsl_suffix(const tc_user_xsl *u);

/* Run it on doc with the user's params and record-stem = stem (may be
 * NULL). *out gets the serialised result (caller frees), or stays NULL
 * with a warning TC213 when the stylesheet made nothing for this input.
 * A failure, a refused read, write or network access included, gives
 * TC_E_INPUT and an error TC212 naming file. */
tc_status tc_user_xsl_run(const tc_user_xsl *u, xsltSecurityPrefsPtr prefs,
                          xmlDocPtr doc, const char *file, const char *stem,
                          char **out, size_t *out_len, tc_diags *d);

/* Run the compiled loss stylesheet on a TEI document (params as
 * tc_render): each line it prints becomes a note TC200 naming file, a line
 * starting "summarised: " a warning TC201. TC_OK unless memory runs out or
 * the stylesheet fails (TC_E_INTERNAL, a bug of ours). */
tc_status tc_loss_report_run(xsltStylesheetPtr loss, xsltSecurityPrefsPtr prefs,
                             xmlDocPtr tei, const char *file,
                             const char **params, tc_diags *d);

#endif /* TC_USER_XSL_H */
