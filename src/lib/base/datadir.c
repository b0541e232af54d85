/* datadir.c: where the data folder (xsl/ and schemas/) is found: relative
 * to the library or the program, so an install tree can be moved as a whole;
 * every stage that reads a stylesheet or a schema asks here. */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/util.h"

/* Set by CMake: the data folder relative to the installed library's folder
 * and to the program's (e.g. "../share/teiconv"), and the configured one. */
#ifndef TC_DATADIR_FROM_LIBDIR
#define TC_DATADIR_FROM_LIBDIR "../share/teiconv"
#endif
#ifndef TC_DATADIR_FROM_BINDIR
#define TC_DATADIR_FROM_BINDIR "../share/teiconv"
#endif

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

/* dir/rel when it is a data folder, made absolute; NULL otherwise. */
static char *datadir_at(const char *file, const char *rel)
{
    char *real = realpath(file, NULL);
    if (!real)
        return NULL;
    char *slash = strrchr(real, '/');
    if (slash)
        *slash = '\0';
    char *cand = tc_asprintf("%s/%s", real, rel);
    free(real);
    char *found = (cand && is_datadir(cand)) ? realpath(cand, NULL) : NULL;
    free(cand);
    return found;
}

static char *found_datadir;
static pthread_once_t found_once = PTHREAD_ONCE_INIT;

/* Looked up once: beside this library (installed layout, then the build
 * tree's share/teiconv link), then beside the program, then the configured
 * install folder. */
static void find_installed(void)
{
    Dl_info info;
    if (dladdr((void *)find_installed, &info) && info.dli_fname) {
        found_datadir = datadir_at(info.dli_fname, TC_DATADIR_FROM_LIBDIR);
        if (!found_datadir)
            found_datadir = datadir_at(info.dli_fname, "share/teiconv");
    }
    if (!found_datadir)
        found_datadir = datadir_at("/proc/self/exe", TC_DATADIR_FROM_BINDIR);
    if (!found_datadir && is_datadir(TC_INSTALL_DATADIR))
        found_datadir = tc_strdup(TC_INSTALL_DATADIR);
}

const char *tc_datadir_find(const char *given)
{
    if (given)
        return given;
    const char *env = getenv("TEICONV_DATADIR");
    if (env && *env)
        return env;
    pthread_once(&found_once, find_installed);
    /* Not found: a path that names the expected place in error messages. */
    return found_datadir ? found_datadir : TC_INSTALL_DATADIR;
}

const char *tc_datadir(void)
{
    const char *dir = tc_datadir_find(NULL);
    return is_datadir(dir) ? dir : NULL;
}
