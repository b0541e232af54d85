/* rng_cache.h: compiled RELAX NG grammars kept across runs, one file per
 * grammar in $XDG_CACHE_HOME/teiconv/grammars (~/.cache/teiconv/grammars).
 * Owner: the validation layer (validate.c is its one caller). An entry is
 * untrusted input: anything odd in it is a miss, never an error; failing
 * to read or write the cache is silent. Internal. */
#ifndef TC_RNG_CACHE_H
#define TC_RNG_CACHE_H

#include <stddef.h>
#include <stdint.h>
#include "validate/rng.h"

/* 1 unless tc_set_schema_cache(0) was called or TEICONV_NO_CACHE is set
 * (to anything but "" and "0"). */
int tc_rng_cache_enabled(void);

/* The grammar compiled from the schema file path (a local file, as the
 * compiler read it), when a sound entry matches path, the versions and the
 * content of every file it read; else NULL. */
tc_rng_grammar *tc_rng_cache_load(const char *path);
/* Keep g, compiled from path, for later runs (quietly not, on failure). */
void tc_rng_cache_store(const char *path, const tc_rng_grammar *g);

/* The pieces, for the tests: the entry of g (compiled from path) as bytes
 * (caller frees; -1 when it cannot be made), the grammar back from such
 * bytes (NULL for anything odd), and the entry's file name (caller frees;
 * NULL when there is no usable cache folder). */
int tc_rng_cache_encode(const char *path, const tc_rng_grammar *g,
                        unsigned char **out, size_t *len);
tc_rng_grammar *tc_rng_cache_decode(const char *path, const unsigned char *buf,
                                    size_t len);
char *tc_rng_cache_entry(const char *path);
/* The entry's checksum of n bytes (its last 8 bytes are that of the rest). */
uint64_t tc_rng_cache_sum(const void *data, size_t n);

#endif /* TC_RNG_CACHE_H */
