/* file_write.c: atomic output files: written to a temporary file beside the
 * target and renamed into place, so no reader ever sees half a file. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

int tc_fd_write_all(int fd, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return errno;
        if (w == 0)
            return EIO;
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

tc_status tc_file_write_atomic(const char *path, const char *data, size_t len,
                               int sync, tc_diags *d)
{
    char *tmp = tc_temp_template(path);
    if (!tmp)
        return TC_E_NOMEM;
    int fd = mkstemp(tmp);
    if (fd < 0) {
        tc_diags_add(d, TC_SEV_ERROR, "TC007", path, 0, 0, NULL,
                     "check that the output folder exists and is writable",
                     "cannot create output: %s", strerror(errno));
        free(tmp);
        return TC_E_IO;
    }
    int err = tc_fd_write_all(fd, data, len);
    if (!err && sync && fsync(fd) != 0)
        err = errno;
    if (!err && fchmod(fd, 0644) != 0)
        err = errno;
    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp, path) != 0)
        err = errno;
    if (err) {
        unlink(tmp);
        tc_diags_add(d, TC_SEV_ERROR, "TC008", path, 0, 0, NULL,
                     "check free space and permissions; the previous file "
                     "(if any) is untouched",
                     "cannot write output: %s", strerror(err));
        free(tmp);
        return TC_E_IO;
    }
    free(tmp);
    return TC_OK;
}
