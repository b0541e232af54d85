/* schemas.c: the official TEI P5, EAD 2002 and EAD3 schemas that validation
 * uses: where they are installed, and installing them (the one network code of
 * teiconv, libcurl, opened only when asked: curl_open.h) checked against
 * pinned SHA-256 sums. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "schemas/curl_open.h"
#include "schemas/sha256.h"
#include "base/util.h"

#define TC_S_FETCH    "TC500" /* a schema could not be downloaded or read */
#define TC_S_CHECKSUM "TC501" /* a schema's SHA-256 is not the pinned one */
#define TC_S_WRITE    "TC502" /* the schemas folder could not be written */

/* The official files, their URLs and SHA-256 (the releases named). The
 * path is also where a --from folder or mirror URL holds each file. */
/* clang-format off */
static const tc_schema_file official[] = {
    {"TEI P5 4.12.0 (tei_all)", "tei/tei_all.rng",
     "https://www.tei-c.org/Vault/P5/4.12.0/xml/tei/custom/schema/relaxng/tei_all.rng",
     "b0f115095ead2ccc6933aa3365c6f4a82cba3b2ec7eee7f76bb616d7a63b7e48"},
    {"EAD 2002 (release 20210412)", "ead2002/ead.xsd",
     "https://raw.githubusercontent.com/SAA-SDT/EAD2002/a111f9f32ab3042495e7e0c6810afa2d692f93a9/ead.xsd",
     "0f5f7fab729477fe8f8374ec6bba6a6b07d280aa266814cde306318f524b06f1"},
    {"XLink for EAD 2002 (METS, 2004)", "ead2002/xlink.xsd",
     "https://raw.githubusercontent.com/mets/METS-schema/aa5242dd75d5afce8c064f4ff3ec5bd6054f7b7f/xlink.xsd",
     "f1f5bb6003165cdd8f6c1fcc32f8fd1f965e1681010f3b9806d9460bcffa8a3c"},
    {"EAD3 1.1.1", "ead3/ead3.rng",
     "https://raw.githubusercontent.com/SAA-SDT/EAD3/f069085559e65a642ffd0e61e05528464bd02ed2/ead3.rng",
     "35a2ef1488a5adc9f16fc037c0d0cb5d440f7ca1c5af2d5c09fd733e0e070d74"},
};
/* clang-format on */
#define N_OFFICIAL       (sizeof official / sizeof official[0])
#define MAX_SCHEMA_BYTES (16u << 20)

/* The catalog written beside them: the URLs documents and schemas name
 * (xsi:schemaLocation, xml-model, the XSD import of xlink.xsd) to the files. */
static const char catalog_xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<!-- Written by 'teiconv schemas install': the official schemas' URLs\n"
    "     mapped to the local copies in this folder. -->\n"
    "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">\n"
    "  <uri "
    "name=\"http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/"
    "tei_all.rng\" uri=\"tei/tei_all.rng\"/>\n"
    "  <uri "
    "name=\"https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/"
    "tei_all.rng\" uri=\"tei/tei_all.rng\"/>\n"
    "  <system "
    "systemId=\"http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/"
    "tei_all.rng\" uri=\"tei/tei_all.rng\"/>\n"
    "  <uri name=\"http://www.loc.gov/ead/ead.xsd\" uri=\"ead2002/ead.xsd\"/>\n"
    "  <uri name=\"https://www.loc.gov/ead/ead.xsd\" "
    "uri=\"ead2002/ead.xsd\"/>\n"
    "  <system systemId=\"http://www.loc.gov/ead/ead.xsd\" "
    "uri=\"ead2002/ead.xsd\"/>\n"
    "  <uri name=\"http://www.loc.gov/standards/xlink/xlink.xsd\" "
    "uri=\"ead2002/xlink.xsd\"/>\n"
    "  <system systemId=\"http://www.loc.gov/standards/xlink/xlink.xsd\" "
    "uri=\"ead2002/xlink.xsd\"/>\n"
    "  <uri name=\"http://www.loc.gov/ead/ead3.rng\" uri=\"ead3/ead3.rng\"/>\n"
    "  <uri name=\"https://www.loc.gov/ead/ead3.rng\" uri=\"ead3/ead3.rng\"/>\n"
    "  <system systemId=\"http://www.loc.gov/ead/ead3.rng\" "
    "uri=\"ead3/ead3.rng\"/>\n"
    "</catalog>\n";

size_t tc_schemas_count(void)
{
    return N_OFFICIAL;
}

const tc_schema_file *tc_schemas_at(size_t i)
{
    return i < N_OFFICIAL ? &official[i] : NULL;
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* $XDG_DATA_HOME/teiconv/schemas, else ~/.local/share/teiconv/schemas */
static char *user_dir(void)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/')
        return tc_asprintf("%s/teiconv/schemas", xdg);
    const char *home = getenv("HOME");
    return home && *home ? tc_asprintf("%s/.local/share/teiconv/schemas", home)
                         : NULL;
}

char *tc_schemas_dir(void)
{
    const char *env = getenv("TEICONV_SCHEMAS_DIR");
    if (env && *env)
        return tc_strdup(env);
    if (geteuid() == 0)
        return tc_strdup(TC_SYSTEM_SCHEMAS_DIR);
    return user_dir();
}

char *tc_schemas_catalog_find(void)
{
    char *dirs[3] = {NULL, NULL, NULL};
    const char *env = getenv("TEICONV_SCHEMAS_DIR");
    if (env && *env) {
        dirs[0] = tc_strdup(env); /* alone: tests and explicit choices */
    } else {
        dirs[0] = user_dir();
        dirs[1] = tc_strdup(TC_SYSTEM_SCHEMAS_DIR);
    }
    char *found = NULL;
    for (int i = 0; i < 3; i++) {
        if (!found && dirs[i]) {
            char *cat = tc_asprintf("%s/catalog.xml", dirs[i]);
            if (cat && access(cat, R_OK) == 0)
                found = cat;
            else
                free(cat);
        }
        free(dirs[i]);
    }
    return found;
}

static size_t collect(char *ptr, size_t size, size_t n, void *user)
{
    tc_buf *b = user;
    if (b->len + size * n > MAX_SCHEMA_BYTES)
        return 0; /* aborts the transfer */
    tc_buf_put(b, ptr, size * n);
    return size * n;
}

/* Download url into *out (http and https only, redirects followed). */
static tc_status fetch_url(const char *url, char **out, size_t *len,
                           tc_diags *d)
{
    const tc_curl *cu = tc_curl_open(TC_S_FETCH, d);
    if (!cu)
        return TC_E_IO;
    CURL *c = cu->easy_init();
    if (!c)
        return TC_E_NOMEM;
    tc_buf b = {0};
    char err[CURL_ERROR_SIZE] = "";
    cu->easy_setopt(c, CURLOPT_URL, url);
    cu->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    cu->easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    cu->easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    cu->easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
    cu->easy_setopt(c, CURLOPT_FAILONERROR, 1L);
    cu->easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 30L);
    cu->easy_setopt(c, CURLOPT_TIMEOUT, 600L);
    cu->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    cu->easy_setopt(c, CURLOPT_USERAGENT, "teiconv/" TC_VERSION_STRING);
    cu->easy_setopt(c, CURLOPT_ERRORBUFFER, err);
    cu->easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    cu->easy_setopt(c, CURLOPT_WRITEDATA, &b);
    CURLcode rc = cu->easy_perform(c);
    cu->easy_cleanup(c);
    if (rc != CURLE_OK) {
        tc_buf_free(&b);
        tc_diags_add(d, TC_SEV_ERROR, TC_S_FETCH, url, 0, 0, NULL,
                     "check the network or the URL, or download the files "
                     "yourself and use --from DIR",
                     "cannot download: %s", *err ? err : cu->easy_strerror(rc));
        return TC_E_IO;
    }
    *len = b.len;
    *out = b.len ? tc_buf_take(&b) : tc_strdup("");
    return *out ? TC_OK : TC_E_NOMEM;
}

/* One file from the source: a folder, a base URL, or the official URL. */
static tc_status fetch_one(const tc_schema_file *f, const char *from,
                           char **out, size_t *len, tc_diags *d)
{
    if (!from)
        return fetch_url(f->url, out, len, d);
    int remote =
        strncmp(from, "http://", 7) == 0 || strncmp(from, "https://", 8) == 0;
    size_t n = strlen(from);
    const char *sep = n && from[n - 1] == '/' ? "" : "/";
    char *where = tc_asprintf("%s%s%s", from, sep, f->path);
    if (!where)
        return TC_E_NOMEM;
    tc_status st = remote
                       ? fetch_url(where, out, len, d)
                       : tc_file_read_max(where, MAX_SCHEMA_BYTES, out, len, d);
    if (st != TC_OK && !remote)
        tc_diags_add(d, TC_SEV_ERROR, TC_S_FETCH, where, 0, 0, NULL,
                     "the folder must hold tei/, ead2002/ and ead3/ as "
                     "'teiconv schemas list' shows",
                     "cannot read %s", f->path);
    free(where);
    return st;
}

static tc_status write_file(const char *dir, const char *rel, const char *data,
                            size_t len, tc_diags *d)
{
    char *path = tc_asprintf("%s/%s", dir, rel);
    if (!path)
        return TC_E_NOMEM;
    char *slash = strrchr(path, '/');
    *slash = '\0';
    if (!is_dir(path) && mkdir(path, 0755) != 0) {
        tc_diags_add(d, TC_SEV_ERROR, TC_S_WRITE, path, 0, 0, NULL, NULL,
                     "cannot create folder: %s", strerror(errno));
        free(path);
        return TC_E_IO;
    }
    *slash = '/';
    tc_status st = tc_file_write_atomic(path, data, len, 0, d);
    free(path);
    return st;
}

/* rm -r of a folder this file made (two levels: dir/sub/file). */
static void remove_tree(const char *dir)
{
    for (size_t i = 0; i < N_OFFICIAL; i++) {
        char *p = tc_asprintf("%s/%s", dir, official[i].path);
        if (p) {
            unlink(p);
            char *slash = strrchr(p, '/');
            *slash = '\0';
            rmdir(p);
            free(p);
        }
    }
    char *cat = tc_asprintf("%s/catalog.xml", dir);
    if (cat)
        unlink(cat);
    free(cat);
    rmdir(dir);
}

/* mkdir -p of dest's parent */
static int make_parents(const char *dest)
{
    char *p = tc_strdup(dest);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (!is_dir(p) && mkdir(p, 0755) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

tc_status tc_schemas_install(const char *from, const char *dest,
                             tc_schemas_progress progress, void *user,
                             tc_diags *d)
{
    if (!dest || !*dest)
        return TC_E_USAGE;
    if (make_parents(dest) != 0) {
        tc_diags_add(d, TC_SEV_ERROR, TC_S_WRITE, dest, 0, 0, NULL, NULL,
                     "cannot create its parent folder: %s", strerror(errno));
        return TC_E_IO;
    }
    /* Everything goes into a new folder beside dest, renamed into place
     * only when every file is there and checked: never half-installed. */
    char *tmp = tc_asprintf("%s.new-XXXXXX", dest);
    if (!tmp)
        return TC_E_NOMEM;
    if (!mkdtemp(tmp)) {
        tc_diags_add(d, TC_SEV_ERROR, TC_S_WRITE, dest, 0, 0, NULL,
                     "choose a writable folder with TEICONV_SCHEMAS_DIR",
                     "cannot create a folder beside it: %s", strerror(errno));
        free(tmp);
        return TC_E_IO;
    }
    chmod(tmp, 0755);
    tc_status st = TC_OK;
    for (size_t i = 0; i < N_OFFICIAL && st == TC_OK; i++) {
        const tc_schema_file *f = &official[i];
        char *data = NULL;
        size_t len = 0;
        if (progress)
            progress(f, user);
        st = fetch_one(f, from, &data, &len, d);
        if (st == TC_OK) {
            char sum[65];
            tc_sha256_hex(data, len, sum);
            if (strcmp(sum, f->sha256) != 0) {
                tc_diags_add(
                    d, TC_SEV_ERROR, TC_S_CHECKSUM, f->path, 0, 0, NULL,
                    "the file is not the release teiconv pins; nothing "
                    "was installed",
                    "SHA-256 %s, expected %s", sum, f->sha256);
                st = TC_E_INVALID;
            } else {
                st = write_file(tmp, f->path, data, len, d);
            }
        }
        free(data);
    }
    if (st == TC_OK)
        st = write_file(tmp, "catalog.xml", catalog_xml, sizeof catalog_xml - 1,
                        d);

    /* dest -> dest.old-XXXXXX, tmp -> dest, then the old one goes */
    char *old = NULL;
    if (st == TC_OK && is_dir(dest)) {
        old = tc_asprintf("%s.old-XXXXXX", dest);
        if (!old || !mkdtemp(old) || rename(dest, old) != 0) {
            tc_diags_add(d, TC_SEV_ERROR, TC_S_WRITE, dest, 0, 0, NULL, NULL,
                         "cannot move the installed schemas aside: %s",
                         strerror(errno));
            st = TC_E_IO;
            if (old)
                rmdir(old);
            free(old);
            old = NULL;
        }
    }
    if (st == TC_OK && rename(tmp, dest) != 0) {
        tc_diags_add(d, TC_SEV_ERROR, TC_S_WRITE, dest, 0, 0, NULL, NULL,
                     "cannot move the new schemas into place: %s",
                     strerror(errno));
        st = TC_E_IO;
        if (old)
            rename(old, dest);
    }
    if (st != TC_OK)
        remove_tree(tmp);
    else if (old)
        remove_tree(old);
    free(old);
    free(tmp);
    return st;
}

int tc_schemas_check(const char *dir, size_t i)
{
    if (i >= N_OFFICIAL || !dir)
        return -1;
    char *path = tc_asprintf("%s/%s", dir, official[i].path);
    char *data = NULL;
    size_t len = 0;
    tc_diags *quiet = tc_diags_new();
    int ok = -1;
    if (path && access(path, F_OK) == 0 &&
        tc_file_read_max(path, MAX_SCHEMA_BYTES, &data, &len, quiet) == TC_OK) {
        char sum[65];
        tc_sha256_hex(data, len, sum);
        ok = strcmp(sum, official[i].sha256) == 0;
    }
    free(data);
    free(path);
    tc_diags_free(quiet);
    return ok;
}
