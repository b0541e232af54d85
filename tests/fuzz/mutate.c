/* mutate.c: teiconv's own structure-aware mutations for the libFuzzer
 * targets (fuzz_record, fuzz_xml_input): the ways real TEI, EAD and text
 * records get broken. One call applies one mutation in place to data
 * (size bytes, room for max) and returns the new size; libFuzzer's own
 * byte mutations (LLVMFuzzerMutate) are used half of the time and as a
 * fallback. The buffer is libFuzzer's; this file allocates nothing that
 * outlives a call. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mutate.h"

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max,
                               unsigned int seed);

/* xorshift: reproducible from libFuzzer's seed */
static uint32_t next(uint32_t *s)
{
    uint32_t x = *s ? *s : 2463534242u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

static size_t below(uint32_t *s, size_t n)
{
    return n ? next(s) % n : 0;
}

/* Insert text (n bytes) at pos, as far as max allows; the new size. */
static size_t insert(uint8_t *data, size_t size, size_t max, size_t pos,
                     const char *text, size_t n)
{
    if (pos > size || size >= max)
        return size;
    if (n > max - size)
        n = max - size;
    memmove(data + pos + n, data + pos, size - pos);
    memcpy(data + pos, text, n);
    return size + n;
}

/* Start of the line holding pos, and the end of it (after its \n). */
static void line_at(const uint8_t *data, size_t size, size_t pos, size_t *from,
                    size_t *to)
{
    size_t a = pos, b = pos;
    while (a > 0 && data[a - 1] != '\n')
        a--;
    while (b < size && data[b] != '\n')
        b++;
    *from = a;
    *to = b < size ? b + 1 : b;
}

/* A position just after a '<' that opens an element (or pos when none). */
static size_t tag_at(const uint8_t *data, size_t size, size_t pos)
{
    for (size_t i = pos; i + 1 < size; i++)
        if (data[i] == '<' && data[i + 1] != '/' && data[i + 1] != '!' &&
            data[i + 1] != '?')
            return i + 1;
    return pos;
}

static size_t dup_lines(uint8_t *data, size_t size, size_t max, uint32_t *s)
{
    size_t from, to;
    line_at(data, size, below(s, size), &from, &to);
    size_t times = 1 + below(s, 64);
    for (size_t k = 0; k < times && to - from <= max - size; k++) {
        /* copy out first: insert moves the bytes */
        size_t n = to - from;
        char *copy = malloc(n ? n : 1);
        if (!copy)
            break;
        memcpy(copy, data + from, n);
        size = insert(data, size, max, to, copy, n);
        free(copy);
    }
    return size;
}

static size_t broken_utf8(uint8_t *data, size_t size, size_t max, uint32_t *s)
{
    static const char *const bad[] = {"\xc3",         "\xe2\x82",
                                      "\xf0\x9f\x98", "\xc0\xaf",
                                      "\xed\xa0\x80", "\xf8\x88\x80",
                                      "\xff\xfe",     "\x80\x80\x80",
                                      "\xef\xbb\xbf", "\0"};
    const char *b = bad[below(s, sizeof bad / sizeof bad[0])];
    size_t n = *b ? strlen(b) : 1;
    return insert(data, size, max, below(s, size + 1), b, n);
}

static size_t deep_nesting(uint8_t *data, size_t size, size_t max, uint32_t *s)
{
    static const char *const open[] = {"<div>",        "<p>",    "<hi>", "<c>",
                                       "<list><item>", "<note>", "<x:a>"};
    const char *o = open[below(s, sizeof open / sizeof open[0])];
    size_t depth = 1 + below(s, 4000), pos = tag_at(data, size, below(s, size));
    pos = pos > 0 && pos <= size && data[pos - 1] == '<' ? pos - 1 : pos;
    for (size_t k = 0; k < depth && size < max; k++)
        size = insert(data, size, max, pos, o, strlen(o));
    return size;
}

static size_t huge_attribute(uint8_t *data, size_t size, size_t max,
                             uint32_t *s)
{
    size_t pos = tag_at(data, size, below(s, size));
    while (pos < size && data[pos] != ' ' && data[pos] != '>' &&
           data[pos] != '/')
        pos++;
    static const char *const names[] = {" n=\"",    " xml:id=\"",   " rend=\"",
                                        " when=\"", " xml:lang=\"", " level=\"",
                                        " href=\""};
    const char *a = names[below(s, sizeof names / sizeof names[0])];
    size = insert(data, size, max, pos, a, strlen(a));
    pos += strlen(a);
    size_t n = 1 + below(s, max / 2);
    static const char fill[] = "xxxxxxxx&amp;&#x10FFFF;&lt;    \t\n";
    size_t piece = 1 + below(s, sizeof fill - 1);
    for (size_t k = 0; k < n && size < max; k += piece)
        size = insert(data, size, max, pos, fill, piece);
    return insert(data, size, max, pos, "\"", 1);
}

static size_t many_namespaces(uint8_t *data, size_t size, size_t max,
                              uint32_t *s)
{
    size_t pos = tag_at(data, size, below(s, size));
    while (pos < size && data[pos] != ' ' && data[pos] != '>')
        pos++;
    size_t n = 1 + below(s, 2000);
    char decl[64];
    for (size_t k = 0; k < n && size < max; k++) {
        int len;
        if (below(s, 8) == 0)
            len = snprintf(decl, sizeof decl, " xmlns=\"urn:x%zu\"", k);
        else
            len = snprintf(decl, sizeof decl, " xmlns:n%zu=\"urn:n%zu\"", k,
                           below(s, 50));
        if (len > 0)
            size = insert(data, size, max, pos, decl, (size_t)len);
    }
    return size;
}

static size_t bit_flips(uint8_t *data, size_t size, uint32_t *s)
{
    size_t n = 1 + below(s, 16);
    for (size_t k = 0; k < n && size; k++)
        data[below(s, size)] ^= (uint8_t)(1u << below(s, 8));
    return size;
}

size_t tc_fuzz_mutate(uint8_t *data, size_t size, size_t max, unsigned seed)
{
    uint32_t s = seed;
    if (max == 0)
        return 0;
    if (size == 0 || below(&s, 2) == 0)
        return LLVMFuzzerMutate(data, size, max);
    switch (below(&s, 7)) {
    case 0:
        return bit_flips(data, size, &s);
    case 1:
        return below(&s, size) + 1; /* truncation */
    case 2:
        return dup_lines(data, size, max, &s);
    case 3:
        return broken_utf8(data, size, max, &s);
    case 4:
        return deep_nesting(data, size, max, &s);
    case 5:
        return huge_attribute(data, size, max, &s);
    default:
        return many_namespaces(data, size, max, &s);
    }
}

/* libFuzzer's hook: every mutation of the target goes through here. */
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max,
                               unsigned int seed)
{
    return tc_fuzz_mutate(data, size, max, seed);
}
