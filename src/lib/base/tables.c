/* tables.c: the generated tables of data/ compiled in (see tables.h); the
 * rows come from the build tree's lang_table.inc and org_words.inc. */
#include "base/tables.h"

const tc_lang_row tc_lang_rows[] = {
#include "lang_table.inc"
};
const size_t tc_lang_nrows = sizeof tc_lang_rows / sizeof tc_lang_rows[0];

const char *const tc_org_words[] = {
#include "org_words.inc"
};
const size_t tc_org_nwords = sizeof tc_org_words / sizeof tc_org_words[0];
