/* lang.h: language names as printed on records ("Russian", "Chinese") to
 * BCP 47 (TEI) and ISO 639-2/B (EAD) codes. Internal. */
#ifndef TC_LANG_H
#define TC_LANG_H

/* Look a language name up (case-insensitive, ignoring surrounding space).
 * Sets both codes (static storage) and returns 1 when known; otherwise sets
 * them to NULL and returns 0. */
int tc_lang_lookup(const char *name, const char **bcp47,
                   const char **iso639_2b);

/* The ISO 639-2/B code for a BCP 47 primary tag ("ru" -> "rus"), or NULL. */
const char *tc_lang_bcp47_to_iso(const char *bcp47);

#endif /* TC_LANG_H */
