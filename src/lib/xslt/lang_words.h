/* lang_words.h: the language and organisation-word look-ups of
 * xsl/lib/lang.xsl and name-kind.xsl answered in C from the tables of data/
 * (base/tables.h). Issue 16: held in global variables, the tables were
 * built again as result trees for every transformation. */
#ifndef TC_LANG_WORDS_H
#define TC_LANG_WORDS_H

/* Register with libxslt, once a process (thread-safe), in the namespace
 * TC_XSLT_NS (xslt/wrap.h); each returns a string, "" when no row fits,
 * and looks the value up as it is (the stylesheets trim and lower-case it):
 *   tc:lang-iso(tag)   the ISO 639-2/B code of the first row whose BCP 47
 *                      tag is tag;
 *   tc:lang-name(code) the name of the first row whose tag is code, else of
 *                      the first row whose B code is code;
 *   tc:lang-tag2(code) the tag of the first row whose B or T code is code
 *                      and whose tag has two letters;
 * and one boolean:
 *   tc:org-word(s)     true when a word of data/org-words.txt is, in any
 *                      case, a whole run of ASCII letters of s.
 * Other processors read xsl/lib/lang-table.xsl and org-words.xsl instead
 * (the same rows, generated from the same files). */
void tc_lang_words_register(void);

#endif /* TC_LANG_WORDS_H */
