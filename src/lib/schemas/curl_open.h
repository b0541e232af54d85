/* curl_open.h: libcurl, opened with dlopen the first time a download is
 * asked for instead of linked. Linked, libcurl brings some thirty
 * libraries (TLS, Kerberos, LDAP, SSH...) that every run of teiconv paid
 * for at start (about 15 M instructions of dynamic linking, most of a tiny
 * -t tei run), while only `teiconv schemas install` without a folder
 * downloads anything. The functions are libcurl's own; the table is static
 * and lives until the process ends. */
#ifndef TC_CURL_OPEN_H
#define TC_CURL_OPEN_H

#include <curl/curl.h>
#include "teiconv.h"

typedef struct tc_curl {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *c, CURLoption o, ...);
    CURLcode (*easy_perform)(CURL *c);
    void (*easy_cleanup)(CURL *c);
    const char *(*easy_strerror)(CURLcode rc);
} tc_curl;

/* libcurl's functions, opened (and curl_global_init run) on the first
 * call; NULL with error code (TC500) in d when libcurl is not installed.
 * Not thread-safe: called from the one thread that installs schemas. */
const tc_curl *tc_curl_open(const char *code, tc_diags *d);

#endif
