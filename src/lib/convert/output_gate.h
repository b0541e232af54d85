/* output_gate.h: the output gate: every XML output of a conversion (TEI,
 * EAD 2002, EAD3, DC) is validated in memory, on its result tree, before
 * anything may write it. Borrows everything; allocates only diagnostics. */
#ifndef TC_OUTPUT_GATE_H
#define TC_OUTPUT_GATE_H

#include <libxml/tree.h>
#include "teiconv.h"
#include "xml/xml_input.h"

/* 1 when the gate checks outputs of format f (the XML ones). */
int tc_output_gate_covers(tc_format f);

/* Check an output of format f before it is written: doc is its
 * tree (validated as it is, not reparsed), bytes/len its serialisation
 * (parsed again only when it fails, for line numbers). same: the output
 * is the input itself (an EAD 2002 input asked for as EAD), checked only
 * against the official schema: our own schemas describe what teiconv
 * makes, not what others wrote. The project's schema (schemas/) is always
 * used where there is one (TEI, DC), the official one (tei_all.rng,
 * ead.xsd, ead3.rng) when the XML catalogs find it (else note TC062).
 * Formats the gate does not cover pass. TC_OK, or TC_E_INVALID with error
 * TC060 in d naming the format, the schema and the output's first three
 * problems (line, XPath, what). The validators are the engine's (one per
 * schema per run, thread-safe). */
tc_status tc_output_gate(const tc_engine *e, tc_format f, int same,
                         xmlDocPtr doc, const char *bytes, size_t len,
                         const char *file, tc_diags *d);

#endif /* TC_OUTPUT_GATE_H */
