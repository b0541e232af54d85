/* read_guard.h: the one way libxml2 and libxslt open files: regular files
 * only, never blocking, and while an input is at work only inside its tree.
 *
 * Process state touched (once, by tc_read_guard_install, called from
 * tc_library_init before any worker thread exists): libxml2's table of
 * input callbacks is emptied (xmlCleanupInputCallbacks) and holds only
 * ours afterwards, so no load can reach the network or the default file
 * reader; the external entity loader stays xmlNoNetExternalEntityLoader.
 * The folders of the XML_CATALOG_FILES catalogs are trusted like
 * --allow-read ones, since libxml2 loads catalogs lazily.
 * tc_allow_read and tc_set_include_max change process-wide settings and
 * must be called before the work starts. The scope is per thread. */
#ifndef TC_READ_GUARD_H
#define TC_READ_GUARD_H

#include <stddef.h>
#include "teiconv.h"

/* What one input may cause to be read, while it is being worked on: files
 * below the folder of the input (after resolving links) and below extra
 * (a stylesheet's folder), plus the --allow-read folders. Lives on the
 * caller's stack between tc_read_scope_begin and tc_read_scope_end. */
typedef struct tc_read_scope {
    char *roots[2]; /* real folders, no trailing '/' */
    size_t nroots;
    const char *file; /* the input, for diagnostics */
    tc_diags *d;      /* refusals are told here (warning TC057) */
    size_t left;      /* bytes that may still be read */
    size_t refused;   /* reads refused in this scope */
    struct tc_read_scope *prev;
} tc_read_scope;

void tc_read_guard_install(void);

/* Let every input read the folder tree of file (a catalog given with
 * --catalog: the user's set-up). Process-wide, like tc_allow_read. */
void tc_read_trust_folder_of(const char *file);

/* Confine this thread's reads to input's folder tree (and extra's folder
 * tree, if not NULL; either may be a path or a file:// URL) until
 * tc_read_scope_end. Scopes nest; the innermost one rules. */
void tc_read_scope_begin(tc_read_scope *s, const char *input, const char *extra,
                         const char *file, tc_diags *d);
void tc_read_scope_end(tc_read_scope *s);

/* A read of teiconv's own data while an input is at work (a stylesheet's
 * table, parsed on its first use): this thread's scope is lifted until
 * tc_read_scope_resume gives back what tc_read_scope_suspend returned.
 * Never around anything an input can name. */
tc_read_scope *tc_read_scope_suspend(void);
void tc_read_scope_resume(tc_read_scope *saved);

/* The local file name (a path or a file:// URL) stands for, as the read
 * guard opens it: a path libxslt wrote as a URI ("/my%20tools/...") that
 * names no file as written is unescaped. NULL for a remote URL; caller
 * frees. */
char *tc_local_file(const char *name);

/* 1 when path (a path or file:// URL) may be read under this thread's
 * scope (always, outside any scope); 0 after telling why in the scope. */
int tc_read_allowed(const char *path);

#endif /* TC_READ_GUARD_H */
