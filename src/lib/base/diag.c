/* diag.c: the diagnostics list (tc_diags) and its renderings as text for
 * people and as JSON Lines for programs. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "teiconv.h"
#include "base/util.h"

struct tc_diags {
    tc_diag *v;
    size_t n;
    size_t cap;
    size_t errors;
};

tc_diags *tc_diags_new(void)
{
    return calloc(1, sizeof(tc_diags));
}

static void diag_release(tc_diag *dg)
{
    free((char *)dg->file);
    free((char *)dg->xpath);
    free((char *)dg->code);
    free((char *)dg->message);
    free((char *)dg->hint);
}

void tc_diags_clear(tc_diags *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++)
        diag_release(&d->v[i]);
    d->n = 0;
    d->errors = 0;
}

void tc_diags_free(tc_diags *d)
{
    if (!d)
        return;
    tc_diags_clear(d);
    free(d->v);
    free(d);
}

size_t tc_diags_count(const tc_diags *d)
{
    return d ? d->n : 0;
}
size_t tc_diags_errors(const tc_diags *d)
{
    return d ? d->errors : 0;
}

const tc_diag *tc_diags_at(const tc_diags *d, size_t i)
{
    return (d && i < d->n) ? &d->v[i] : NULL;
}

static int diags_reserve(tc_diags *d, size_t more)
{
    if (d->n + more <= d->cap)
        return 1;
    size_t cap = d->cap ? d->cap * 2 : 8;
    while (cap < d->n + more)
        cap *= 2;
    tc_diag *nv = realloc(d->v, cap * sizeof(*nv));
    if (!nv)
        return 0;
    d->v = nv;
    d->cap = cap;
    return 1;
}

void tc_diags_add(tc_diags *d, tc_severity sev, const char *code,
                  const char *file, long line, long col, const char *xpath,
                  const char *hint, const char *fmt, ...)
{
    if (!d || !diags_reserve(d, 1))
        return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = tc_vasprintf(fmt, ap);
    va_end(ap);
    tc_diag *dg = &d->v[d->n];
    dg->file = file ? tc_strdup(file) : NULL;
    dg->line = line;
    dg->col = col;
    dg->xpath = xpath ? tc_strdup(xpath) : NULL;
    dg->severity = sev;
    dg->code = tc_strdup(code ? code : "TC000");
    dg->message = msg;
    dg->hint = hint ? tc_strdup(hint) : NULL;
    if (!dg->code || !dg->message) {
        diag_release(dg);
        return;
    }
    d->n++;
    if (sev == TC_SEV_ERROR)
        d->errors++;
}

void tc_diags_take(tc_diags *dst, tc_diags *src)
{
    /* an empty src may have no array at all: memcpy from NULL is undefined */
    if (!dst || !src || src->n == 0 || !diags_reserve(dst, src->n))
        return;
    memcpy(dst->v + dst->n, src->v, src->n * sizeof(tc_diag));
    dst->n += src->n;
    dst->errors += src->errors;
    src->n = 0;
    src->errors = 0;
}

static const char *severity_name(tc_severity s)
{
    switch (s) {
    case TC_SEV_ERROR:
        return "error";
    case TC_SEV_WARNING:
        return "warning";
    default:
        return "note";
    }
}

static char *format_text(const tc_diag *dg)
{
    tc_buf b = {0};
    tc_buf_puts(&b, dg->file ? dg->file : "<input>");
    if (dg->line > 0) {
        tc_buf_printf(&b, ":%ld", dg->line);
        if (dg->col > 0)
            tc_buf_printf(&b, ":%ld", dg->col);
    }
    tc_buf_printf(&b, ": %s[%s]: %s", severity_name(dg->severity), dg->code,
                  dg->message);
    if (dg->xpath)
        tc_buf_printf(&b, " (at %s)", dg->xpath);
    if (dg->hint)
        tc_buf_printf(&b, "\n  hint: %s", dg->hint);
    return tc_buf_take(&b);
}

static void json_field(tc_buf *b, const char *name, const char *value,
                       int first)
{
    if (!first)
        tc_buf_putc(b, ',');
    tc_buf_printf(b, "\"%s\":", name);
    if (value)
        tc_buf_json_string(b, value);
    else
        tc_buf_puts(b, "null");
}

static char *format_json(const tc_diag *dg)
{
    tc_buf b = {0};
    tc_buf_putc(&b, '{');
    json_field(&b, "file", dg->file, 1);
    tc_buf_printf(&b, ",\"line\":%ld,\"column\":%ld", dg->line, dg->col);
    json_field(&b, "severity", severity_name(dg->severity), 0);
    json_field(&b, "code", dg->code, 0);
    json_field(&b, "message", dg->message, 0);
    json_field(&b, "xpath", dg->xpath, 0);
    json_field(&b, "hint", dg->hint, 0);
    tc_buf_putc(&b, '}');
    return tc_buf_take(&b);
}

char *tc_diag_format(const tc_diag *dg, tc_diag_style style)
{
    if (!dg)
        return NULL;
    return style == TC_DIAG_JSON ? format_json(dg) : format_text(dg);
}

const char *tc_status_str(tc_status st)
{
    switch (st) {
    case TC_OK:
        return "ok";
    case TC_E_USAGE:
        return "usage error";
    case TC_E_INPUT:
        return "unusable input";
    case TC_E_INVALID:
        return "invalid document";
    case TC_E_IO:
        return "input/output error";
    case TC_E_NOMEM:
        return "out of memory";
    case TC_E_INTERNAL:
        return "internal error";
    }
    return "unknown status";
}

const char *tc_version(void)
{
    return TC_VERSION_STRING;
}
