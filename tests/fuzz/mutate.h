/* mutate.h: the fuzz targets' own mutations (mutate.c): bit flips,
 * truncation, duplicated lines, broken UTF-8, deep nesting, huge
 * attributes, many namespaces, and libFuzzer's byte mutations. A target
 * linked with mutate.c gets them through libFuzzer's custom mutator hook
 * (LLVMFuzzerCustomMutator, defined there). */
#ifndef TC_FUZZ_MUTATE_H
#define TC_FUZZ_MUTATE_H

#include <stddef.h>
#include <stdint.h>

/* One mutation of data (size bytes, at most max) in place; the new size. */
size_t tc_fuzz_mutate(uint8_t *data, size_t size, size_t max, unsigned seed);

#endif /* TC_FUZZ_MUTATE_H */
