/* file_read.c: whole-file reads with a size limit (files, pipes and
 * devices alike), reporting failures as diagnostics. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/util.h"

tc_status tc_refuse_too_large(const char *file, size_t max_size,
                              tc_diags *d)
{
    tc_diags_add(d, TC_SEV_ERROR, "TC009", file, 0, 0, NULL,
                 "raise the limit with --max-size (0 = none) if the input "
                 "is genuine",
                 "input larger than the %zu-byte limit: refused", max_size);
    return TC_E_INPUT;
}

tc_status tc_file_read(const char *path, char **out, size_t *len,
                       tc_diags *d)
{
    return tc_file_read_max(path, 0, out, len, d);
}

tc_status tc_file_read_max(const char *path, size_t max_size, char **out,
                           size_t *len, tc_diags *d)
{
    *out = NULL;
    *len = 0;
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL,
                     "check the path and the file's permissions",
                     "cannot open: %s", strerror(errno));
        return TC_E_IO;
    }
    struct stat st;
    int have_stat = fstat(fileno(f), &st) == 0;
    if (have_stat && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            fclose(f);
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL, NULL,
                     "is a directory, not a file");
        return TC_E_IO;
    }
    if (max_size && have_stat && S_ISREG(st.st_mode) &&
        (uintmax_t)st.st_size > max_size) {
        if (!is_stdin)
            fclose(f);
        return tc_refuse_too_large(path, max_size, d);
    }
    tc_buf b = {0};
    char chunk[65536];
    size_t n;
    int over = 0;
    while (!over && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        tc_buf_put(&b, chunk, n);
        over = max_size && b.len > max_size; /* it grew since the fstat */
    }
    int err = ferror(f);
    if (is_stdin)
        clearerr(f);
    else
        fclose(f);
    if (over) {
        tc_buf_free(&b);
        return tc_refuse_too_large(path, max_size, d);
    }
    if (err) {
        tc_buf_free(&b);
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL, NULL,
                     "read error");
        return TC_E_IO;
    }
    size_t total = b.len;
    char *data = tc_buf_take(&b);
    if (!data)
        return TC_E_NOMEM;
    *out = data;
    *len = total;
    return TC_OK;
}
