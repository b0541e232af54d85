/* text_decode.c: raw bytes of a text record to clean UTF-8 with LF line
 * ends: BOM removal, UTF-8 checking with the offset of the first bad byte,
 * legacy encodings through iconv, refusal of binary data. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

/* Offset of the first invalid byte, or len when all is valid UTF-8. */
static size_t utf8_first_invalid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        size_t l = tc_utf8_seq_len(p + i, len - i);
        if (l == 0)
            return i;
        i += l;
    }
    return len;
}

static int is_utf8_name(const char *enc)
{
    return !enc || strcasecmp(enc, "UTF-8") == 0 ||
           strcasecmp(enc, "UTF8") == 0;
}

static tc_status convert_iconv(const char *bytes, size_t len,
                               const char *encoding, const char *file,
                               char **out, size_t *out_len, tc_diags *d)
{
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1) {
        tc_diags_add(d, TC_SEV_ERROR, "TC003", file, 0, 0, NULL,
                     "run 'iconv -l' for the encodings this system knows",
                     "unknown encoding '%s'", encoding);
        return TC_E_USAGE;
    }
    size_t cap = len * 4 + 16;
    char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return TC_E_NOMEM;
    }
    char *in = (char *)bytes;
    size_t in_left = len;
    char *o = buf;
    size_t o_left = cap - 1;
    size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    iconv_close(cd);
    if (rc == (size_t)-1) {
        tc_diags_add(d, TC_SEV_ERROR, "TC004", file, 0, 0, NULL,
                     "check that --encoding names the file's real encoding",
                     "byte offset %zu cannot be read as %s",
                     (size_t)(in - bytes), encoding);
        free(buf);
        return TC_E_INPUT;
    }
    *o = '\0';
    *out = buf;
    *out_len = (size_t)(o - buf);
    return TC_OK;
}

/* CRLF and lone CR to LF, in place; returns the new length. */
static size_t normalise_newlines(char *s, size_t len)
{
    size_t w = 0;
    for (size_t r = 0; r < len; r++) {
        if (s[r] == '\r') {
            s[w++] = '\n';
            if (r + 1 < len && s[r + 1] == '\n')
                r++;
        } else {
            s[w++] = s[r];
        }
    }
    s[w] = '\0';
    return w;
}

tc_status tc_text_decode(const char *bytes, size_t len, const char *encoding,
                         const char *file, char **out, size_t *out_len,
                         tc_diags *d)
{
    *out = NULL;
    *out_len = 0;
    const char *nul = memchr(bytes, '\0', len);
    if (nul) {
        tc_diags_add(d, TC_SEV_ERROR, "TC005", file, 0, 0, NULL,
                     "teiconv reads text records (.txt) and XML; this looks "
                     "like a binary file",
                     "binary data: NUL byte at offset %zu",
                     (size_t)(nul - bytes));
        return TC_E_INPUT;
    }
    char *text;
    size_t tlen;
    if (is_utf8_name(encoding)) {
        size_t bad = utf8_first_invalid(bytes, len);
        if (bad < len) {
            tc_diags_add(d, TC_SEV_ERROR, "TC002", file, 0, 0, NULL,
                         "convert the file to UTF-8, or name its encoding "
                         "with --encoding (e.g. windows-1251, windows-1252)",
                         "not valid UTF-8: byte 0x%02X at byte offset %zu",
                         (unsigned)(unsigned char)bytes[bad], bad);
            return TC_E_INPUT;
        }
        text = tc_strndup(bytes, len);
        tlen = len;
        if (!text)
            return TC_E_NOMEM;
    } else {
        tc_status st =
            convert_iconv(bytes, len, encoding, file, &text, &tlen, d);
        if (st != TC_OK)
            return st;
    }
    if (tlen >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        memmove(text, text + 3, tlen - 2);
        tlen -= 3;
    }
    *out_len = normalise_newlines(text, tlen);
    *out = text;
    return TC_OK;
}
