/* embed.c: a small program that embeds libteiconv, built by the install test
 * through pkg-config and through find_package(teiconv): the seed to DC. */
#include <stdio.h>
#include <stdlib.h>
#include <teiconv.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return 3;
    static char bytes[1 << 20];
    size_t len = fread(bytes, 1, sizeof bytes, f);
    fclose(f);

    tc_diags *d = tc_diags_new();
    tc_engine *e = NULL;
    if (!d || tc_engine_new(NULL, TC_FMT_DC, &e, d) != TC_OK)
        return 4;
    tc_convert_opts opts = {.formats = TC_FMT_DC, .stem = "seed"};
    tc_result res = {0};
    int rc = 1;
    if (tc_convert_bytes(e, bytes, len, argv[1], &opts, &res, d) == TC_OK) {
        const char *dc = res.data[tc_format_slot(TC_FMT_DC)];
        if (dc) {
            printf("teiconv %s, data folder %s\n%s", tc_version(), tc_datadir(), dc);
            rc = 0;
        }
        tc_result_clear(&res);
    }
    tc_engine_free(e);
    tc_diags_free(d);
    return rc;
}
