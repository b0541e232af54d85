/* versions.c: the versions of libxml2, libxslt and libexslt running under
 * the library, in words (teiconv --version). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <libexslt/exslt.h>
#include <libxml/xmlversion.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltconfig.h>

#include "base/util.h"

static char versions[128];
static pthread_once_t versions_once = PTHREAD_ONCE_INIT;

/* The running libraries give their versions as numbers: 20914 is 2.9.14. */
static void fill_versions(void)
{
    int xml = (int)strtol(xmlParserVersion, NULL, 10);
    int xslt = xsltLibxsltVersion;
    int exslt = exsltLibexsltVersion;
    snprintf(versions, sizeof versions,
             "libxml2 %d.%d.%d, libxslt %d.%d.%d, libexslt %d.%d.%d",
             xml / 10000, xml / 100 % 100, xml % 100, xslt / 10000,
             xslt / 100 % 100, xslt % 100, exslt / 10000, exslt / 100 % 100,
             exslt % 100);
}

const char *tc_library_versions(void)
{
    pthread_once(&versions_once, fill_versions);
    return versions;
}
