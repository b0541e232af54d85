/* tool_user_xsl.c: the command line's side of --xsl, --param and
 * --xsl-ext: it gathers the parameters, loads the stylesheet into the
 * engine and chooses (and checks) the suffix of its outputs. A tool_user_xsl
 * owns the parameter strings and the suffix; the stylesheet path and the
 * extension are borrowed from argv. */
#include <stdlib.h>
#include <string.h>

#include "tool.h"
#include "base/util.h"

/* A parameter name: an XML name without a prefix (letters, digits, '_',
 * '-', '.', not starting with a digit, '-' or '.'). */
static int param_name_ok(const char *s, size_t n)
{
    if (n == 0 || strchr("0123456789-.", s[0]))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c >= 0x80 || c == '_' || c == '-' || c == '.' ||
              (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return 0;
    }
    return 1;
}

int tool_user_xsl_param(tool_user_xsl *u, const char *arg, FILE *err)
{
    const char *eq = strchr(arg, '=');
    if (!eq || !param_name_ok(arg, (size_t)(eq - arg))) {
        fprintf(err,
                "teiconv convert: --param wants NAME=VALUE with NAME "
                "an XSLT parameter name, not '%s'\n",
                arg);
        return EXIT_USAGE;
    }
    char **grown = realloc(u->params, (2 * u->n + 3) * sizeof(char *));
    if (!grown)
        return EXIT_INTERNAL;
    u->params = grown;
    char *name = tc_strndup(arg, (size_t)(eq - arg));
    char *value = tc_strdup(eq + 1);
    if (!name || !value) {
        free(name);
        free(value);
        return EXIT_INTERNAL;
    }
    u->params[2 * u->n] = name;
    u->params[2 * u->n + 1] = value;
    u->n++;
    u->params[2 * u->n] = NULL;
    return EXIT_OK;
}

/* The suffix must not be one of the formats' (the outputs would overwrite
 * each other) nor leave the output folder. */
static int suffix_ok(const char *suffix, FILE *err)
{
    if (strchr(suffix, '/') || strcmp(suffix, ".") == 0) {
        fprintf(err,
                "teiconv convert: --xsl-ext '%s' is not a file "
                "extension\n",
                suffix + 1);
        return 0;
    }
    for (int i = 0; i < TC_FMT_COUNT; i++) {
        tc_format f = (tc_format)(1u << i);
        if (strcmp(suffix, tc_format_suffix(f)) == 0) {
            fprintf(err,
                    "teiconv convert: the --xsl outputs would be named "
                    "<stem>%s like the %s outputs: choose another "
                    "extension with --xsl-ext\n",
                    suffix, tc_format_name(f));
            return 0;
        }
    }
    return 1;
}

int tool_user_xsl_setup(tool_user_xsl *u, tc_engine *e, FILE *err,
                        tc_diag_style style)
{
    if (u->ext) {
        u->suffix = tc_asprintf(".%s", u->ext[0] == '.' ? u->ext + 1 : u->ext);
        if (!u->suffix)
            return EXIT_INTERNAL;
        if (!suffix_ok(u->suffix, err))
            return EXIT_USAGE;
    }
    tc_diags *d = tc_diags_new();
    if (!d)
        return EXIT_INTERNAL;
    tc_status st = tc_engine_set_user_stylesheet(
        e, u->path, (const char *const *)u->params, d);
    tool_print_diags(err, d, style);
    tc_diags_free(d);
    if (st != TC_OK)
        return tool_exit_for(st);
    if (!u->ext && !suffix_ok(tc_engine_user_suffix(e), err))
        return EXIT_USAGE;
    return EXIT_OK;
}

const char *tool_user_xsl_suffix(const tool_user_xsl *u, const tc_engine *e)
{
    return u->suffix ? u->suffix : tc_engine_user_suffix(e);
}

void tool_user_xsl_free(tool_user_xsl *u)
{
    for (size_t i = 0; i < 2 * u->n; i++)
        free(u->params[i]);
    free(u->params);
    free(u->suffix);
    memset(u, 0, sizeof(*u));
}
