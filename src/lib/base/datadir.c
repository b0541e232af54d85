/* datadir.c: where the data folder (xsl/ and schemas/) is found; every
 * stage that reads a stylesheet or a schema asks here. */
#include <stdlib.h>
#include <sys/stat.h>

#include "base/util.h"

static int is_datadir(const char *dir)
{
    if (!dir || !*dir)
        return 0;
    char *probe = tc_asprintf("%s/xsl", dir);
    struct stat st;
    int ok = probe && stat(probe, &st) == 0 && S_ISDIR(st.st_mode);
    free(probe);
    return ok;
}

const char *tc_datadir_find(const char *given)
{
    if (given)
        return given;
    const char *env = getenv("TEICONV_DATADIR");
    if (env && *env)
        return env;
    if (is_datadir(TC_INSTALL_DATADIR))
        return TC_INSTALL_DATADIR;
    return TC_SOURCE_DATADIR;
}
