/* util.h: small shared helpers of the library: a growable byte buffer,
 * string duplication and formatting, file reading. Internal. */
#ifndef TC_UTIL_H
#define TC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "teiconv.h"

struct stat;

/* A growable NUL-terminated byte buffer. Zero-initialise to start. After an
 * allocation failure the buffer is marked failed and later appends do
 * nothing; tc_buf_take then returns NULL. */
typedef struct tc_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} tc_buf;

void tc_buf_put(tc_buf *b, const char *s, size_t n);
void tc_buf_puts(tc_buf *b, const char *s);
void tc_buf_putc(tc_buf *b, char c);
void tc_buf_printf(tc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append s as a JSON string literal, quotes included; a byte of s that is
 * not part of valid UTF-8 is written as the four characters \xNN (so the
 * literal is always valid UTF-8; tc_utf8_valid tells when that happened). */
void tc_buf_json_string(tc_buf *b, const char *s);
/* Length of the valid UTF-8 sequence at p (at most n bytes, n >= 1), 0 if
 * invalid (overlong forms, surrogates, above U+10FFFF rejected). */
size_t tc_utf8_seq_len(const unsigned char *p, size_t n);
/* 1 when the string s is valid UTF-8. */
int tc_utf8_valid(const char *s);
/* Hand the data to the caller (free()); the buffer is reset. NULL on
 * failure. An untouched buffer yields "". */
char *tc_buf_take(tc_buf *b);
void tc_buf_free(tc_buf *b);

/* The first place in s[0..n) where w is, ASCII letters compared without
 * case (as strncasecmp in the C locale); NULL when it is not there. */
const char *tc_find_ci(const char *s, size_t n, const char *w);

char *tc_strdup(const char *s);

/* FNV-1a of the n bytes at p: the one string hash of the library. */
uint32_t tc_hash_bytes(const void *p, size_t n);
char *tc_strndup(const char *s, size_t n);
char *tc_vasprintf(const char *fmt, va_list ap);
char *tc_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Read a whole file (NUL-terminated copy; caller frees); the path "-" is
 * standard input. On failure returns TC_E_IO and an error diagnostic naming
 * the file. */
tc_status tc_file_read(const char *path, char **out, size_t *len, tc_diags *d);
/* The same, refusing a file of more than max_size bytes (0: no limit) with
 * TC_E_INPUT and error TC009: a regular file by its size, before any byte
 * is read; anything else (a pipe, a device) as soon as it grows past it. */
tc_status tc_file_read_max(const char *path, size_t max_size, char **out,
                           size_t *len, tc_diags *d);
/* Read fd to its end into a NUL-terminated copy (caller frees), retrying
 * on EINTR: 0; 1 when it holds more than max bytes (0: no limit, nothing
 * returned); -1 on a read error or no memory (errno tells). */
int tc_fd_read_all(int fd, size_t max, char **out, size_t *len);
/* Write all len bytes of data to fd, retrying on EINTR and short writes:
 * 0, or the errno of the failure. */
int tc_fd_write_all(int fd, const void *data, size_t len);
/* Error TC009 (input over the max_size limit) for file; TC_E_INPUT. */
tc_status tc_refuse_too_large(const char *file, size_t max_size, tc_diags *d);

/* The data folder (holding xsl/ and schemas/): given if not NULL, else
 * $TEICONV_DATADIR, else share/teiconv found relative to the library or the
 * program, else the configured install folder (datadir.c). Static or
 * borrowed storage. */
const char *tc_datadir_find(const char *given);

/* Initialise libxml2/libxslt/EXSLT once per process (thread-safe). */
void tc_library_init(void);
/* libxslt's generic error function from then on: drops the message (the
 * library never prints; transformations collect their own errors). */
void tc_xslt_message_dropped(void *ctx, const char *msg, ...);

/* Temporaries. A file is written under a temporary name beside its final
 * one: the final name (its last part cut to fit NAME_MAX) plus
 * TC_TEMP_MARK, the run's identity (a hash of the host name and the
 * process id) and six X for mkstemp. tc_temp_template gives that template
 * (caller frees; NULL on no memory). tc_temp_stale tells, from a file
 * name, whether the run that made it is gone: 1 gone (same host, no such
 * process), 0 alive or unknowable (another host) or not a temporary, -1 a
 * temporary without a run identity (made by an older version). One naming
 * this process is this run's own (0) unless st, the file's lstat (may be
 * NULL), shows it older than the run. */
#define TC_TEMP_MARK ".tmp-teiconv-"
char *tc_temp_template(const char *path);
int tc_temp_stale(const char *name, const struct stat *st);

#endif /* TC_UTIL_H */
