/* fuzz_record.c: libFuzzer target for the text record path: bytes are
 * decoded, parsed as a record (any layout), built into TEI, checked that
 * nothing of the body was lost, and serialised. */
#include <stdint.h>
#include <stdlib.h>

#include "tei/loss_check.h"
#include "teiconv.h"

/* mutated as real records break: tests/fuzz/mutate.c, linked in */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tc_diags *d = tc_diags_new();
    if (!d)
        return 0;
    char *text = NULL;
    size_t len = 0;
    tc_record *r = NULL;
    xmlDocPtr doc = NULL;
    if (tc_text_decode((const char *)data, size, NULL, "fuzz", &text, &len,
                       d) == TC_OK &&
        tc_record_parse(text, len, "fuzz", &r, d) == TC_OK &&
        tc_tei_build(r, &doc, d) == TC_OK) {
        /* a lost character is a converter bug: stop the fuzzer on it */
        if (tc_check_nothing_lost(r, doc, d) == TC_E_INTERNAL)
            abort();
        char *xml = NULL;
        size_t xlen = 0;
        if (tc_xml_serialize(doc, &xml, &xlen) == TC_OK)
            free(xml);
    }
    /* every diagnostic must render (no dangling strings) */
    for (size_t i = 0; i < tc_diags_count(d); i++)
        free(tc_diag_format(tc_diags_at(d, i), TC_DIAG_TEXT));
    if (doc)
        xmlFreeDoc(doc);
    tc_record_free(r);
    free(text);
    tc_diags_free(d);
    return 0;
}
