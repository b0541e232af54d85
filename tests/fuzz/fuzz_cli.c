/* fuzz_cli.c: libFuzzer target for the command line: the input, split at
 * NUL bytes, is the argument list of an in-process `teiconv` run inside a
 * scratch folder (so whatever it writes stays there; arguments holding a
 * '/' or starting with '..' are skipped, so nothing outside it is read or walked). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tool.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ARGS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int in_scratch;
    if (!in_scratch) {
        char dir[] = "/tmp/teiconv-fuzz-cli-XXXXXX";
        if (!mkdtemp(dir) || chdir(dir) != 0)
            abort();
        in_scratch = 1;
    }
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    argv[argc++] = "teiconv";
    char *p = copy;
    while (argc < MAX_ARGS + 1 && p <= copy + size) {
        argv[argc++] = p;
        p += strlen(p) + 1;
    }
    argv[argc] = NULL;
    /* Paths stay inside the scratch folder: a '/' could name the whole
     * file system as an input tree, which is slow, not wrong. */
    for (int i = 1; i < argc; i++) {
        if (strchr(argv[i], '/') || strncmp(argv[i], "..", 2) == 0) {
            free(copy);
            return 0;
        }
    }
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        tool_main(argc, argv, null, null);
        fclose(null);
    }
    free(copy);
    return 0;
}
