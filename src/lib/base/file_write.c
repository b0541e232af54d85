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
    size_t done = 0;
    int err = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        done += (size_t)w;
    }
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
