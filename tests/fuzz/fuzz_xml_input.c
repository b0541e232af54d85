/* fuzz_xml_input.c: libFuzzer target for the XML input path: any bytes as
 * a TEI/EAD input through detection, parsing and conversion to every
 * format with the real stylesheets. */
#include <stdint.h>
#include <stdlib.h>

#include "teiconv.h"

/* mutated as real records break: tests/fuzz/mutate.c, linked in */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static tc_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!engine) {
        tc_diags *d = tc_diags_new();
        if (tc_engine_new(TC_SOURCE_DATADIR, TC_FMT_ALL, &engine, d) != TC_OK)
            abort();
        tc_diags_free(d);
    }
    tc_diags *d = tc_diags_new();
    tc_convert_opts opts = {0};
    opts.formats = TC_FMT_ALL;
    opts.stem = "fuzz";
    tc_result res;
    /* whatever the status: a refused or failed format leaves the others */
    tc_convert_bytes(engine, (const char *)data, size, "fuzz.xml", &opts, &res,
                     d);
    tc_result_clear(&res);
    tc_diags_free(d);
    return 0;
}
