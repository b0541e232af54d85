/* curl_open.c: libcurl through dlopen (why: see curl_open.h). */
#include <dlfcn.h>
#include <string.h>

#include "schemas/curl_open.h"

/* libcurl 7.x and 8.x share this soname (Debian: libcurl4). */
#define CURL_SONAME "libcurl.so.4"

static tc_curl table;
static int opened; /* 1: table filled, -1: failed once */

/* dlsym into a function pointer's storage (POSIX allows the conversion);
 * 1 when found. */
static int resolve(void *lib, void *slot, const char *name)
{
    void *f = dlsym(lib, name);
    memcpy(slot, &f, sizeof f);
    return f != NULL;
}

const tc_curl *tc_curl_open(const char *code, tc_diags *d)
{
    if (opened == 0) {
        opened = -1;
        void *lib = dlopen(CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
        CURLcode (*global_init)(long) = NULL;
        if (lib && resolve(lib, &table.easy_init, "curl_easy_init") &&
            resolve(lib, &table.easy_setopt, "curl_easy_setopt") &&
            resolve(lib, &table.easy_perform, "curl_easy_perform") &&
            resolve(lib, &table.easy_cleanup, "curl_easy_cleanup") &&
            resolve(lib, &table.easy_strerror, "curl_easy_strerror") &&
            resolve(lib, &global_init, "curl_global_init") &&
            global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
            opened = 1;
        else if (lib)
            dlclose(lib);
    }
    if (opened == 1)
        return &table;
    tc_diags_add(d, TC_SEV_ERROR, code, CURL_SONAME, 0, 0, NULL,
                 "install libcurl (Debian: apt-get install libcurl4), or "
                 "download the files yourself and use --from DIR",
                 "cannot download: libcurl is not installed");
    return NULL;
}
