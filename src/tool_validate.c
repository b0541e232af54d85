/* tool_validate.c: `teiconv validate`: checks that each file is well-formed
 * XML and prints one result line per file. */
#include <stdlib.h>
#include <string.h>

#include "tool.h"
#include "util.h"
#include "xml_input.h"
#include "engine.h"

int tool_validate(int argc, char **argv, FILE *out, FILE *err)
{
    if (argc < 2) {
        fputs("Usage: teiconv validate FILE...\n", err);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        fputs("Usage: teiconv validate FILE...\n", out);
        return EXIT_OK;
    }
    tc_library_init();
    int worst = EXIT_OK;
    tc_diags *d = tc_diags_new();
    for (int i = 1; i < argc; i++) {
        char *bytes = NULL;
        size_t len = 0;
        xmlDocPtr doc = NULL;
        tc_status st = tc_file_read(argv[i], &bytes, &len, d);
        if (st == TC_OK)
            st = tc_xml_parse_safe(bytes, len, argv[i], &doc, d);
        free(bytes);
        if (doc)
            xmlFreeDoc(doc);
        tool_print_diags(err, d, TC_DIAG_TEXT);
        tc_diags_clear(d);
        fprintf(out, "%s %s\n", argv[i],
                st == TC_OK ? "validates" : "fails to validate");
        if (tool_exit_for(st) > worst)
            worst = tool_exit_for(st);
    }
    tc_diags_free(d);
    return worst;
}
