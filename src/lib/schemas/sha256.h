/* sha256.h: SHA-256 (FIPS 180-4) of a buffer, as lowercase hex, for checking
 * downloaded schemas against the checksums pinned in schemas.c. */
#ifndef TC_SHA256_H
#define TC_SHA256_H

#include <stddef.h>

/* hex receives 64 hex digits and a NUL. */
void tc_sha256_hex(const void *data, size_t len, char hex[65]);

#endif /* TC_SHA256_H */
