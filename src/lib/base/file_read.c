/* file_read.c: whole-file reads with a size limit (files, pipes and
 * devices alike), reporting failures as diagnostics. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

tc_status tc_refuse_too_large(const char *file, size_t max_size, tc_diags *d)
{
    tc_diags_add(d, TC_SEV_ERROR, "TC009", file, 0, 0, NULL,
                 "raise the limit with --max-size (0 = none) if the input "
                 "is genuine",
                 "input larger than the %zu-byte limit: refused", max_size);
    return TC_E_INPUT;
}

int tc_fd_read_all(int fd, size_t max, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    tc_buf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int e = errno;
            tc_buf_free(&b);
            errno = e;
            return -1;
        }
        if (n == 0)
            break;
        tc_buf_put(&b, chunk, (size_t)n);
        if (max && b.len > max) {
            tc_buf_free(&b);
            return 1;
        }
    }
    size_t total = b.len;
    char *data = tc_buf_take(&b);
    if (!data) {
        errno = ENOMEM;
        return -1;
    }
    *out = data;
    *len = total;
    return 0;
}

tc_status tc_file_read(const char *path, char **out, size_t *len, tc_diags *d)
{
    return tc_file_read_max(path, 0, out, len, d);
}

tc_status tc_file_read_max(const char *path, size_t max_size, char **out,
                           size_t *len, tc_diags *d)
{
    *out = NULL;
    *len = 0;
    /* O_NONBLOCK: a FIFO without a writer must not hang the open; reads
     * then block again (a FIFO with no writer reads as empty). "-" is
     * standard input. */
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin
                 ? STDIN_FILENO
                 : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL,
                     "check the path and the file's permissions",
                     "cannot open: %s", strerror(errno));
        return TC_E_IO;
    }
    int fl = is_stdin ? -1 : fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    struct stat st;
    int have_stat = fstat(fd, &st) == 0;
    if (have_stat && S_ISDIR(st.st_mode)) {
        if (!is_stdin)
            close(fd);
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL, NULL,
                     "is a directory, not a file");
        return TC_E_IO;
    }
    if (max_size && have_stat && S_ISREG(st.st_mode) &&
        (uintmax_t)st.st_size > max_size) {
        if (!is_stdin)
            close(fd);
        return tc_refuse_too_large(path, max_size, d);
    }
    char *data;
    size_t total;
    int rc = tc_fd_read_all(fd, max_size, &data, &total);
    int nomem = rc < 0 && errno == ENOMEM;
    if (!is_stdin)
        close(fd);
    if (rc > 0)
        return tc_refuse_too_large(path, max_size, d); /* grew since fstat */
    if (nomem)
        return TC_E_NOMEM;
    if (rc < 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC001", path, 0, 0, NULL, NULL,
                     "read error");
        return TC_E_IO;
    }
    *out = data;
    *len = total;
    return TC_OK;
}
