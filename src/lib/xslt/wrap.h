/* wrap.h: tc:wrap(), the line wrapping of xsl/record/tei2text.xsl done in C
 * as an XPath extension function (the stylesheet's hot path, issue 16). */
#ifndef TC_WRAP_H
#define TC_WRAP_H

/* The namespace of teiconv's own XSLT names (common-tei.xsl's tc: prefix). */
#define TC_XSLT_NS "urn:x-teiconv:internal"

/* Register tc:wrap(text, width, small-letters, upper, lower) with libxslt
 * for every stylesheet of the process, once (thread-safe; libxslt's
 * registry of extension functions is global and locked); tc_engine_new
 * calls it.
 *
 * tc:wrap splits text at each line feed and writes every line that is not
 * blank, spaces normalised, wrapped at width characters, each output line
 * followed by a line feed: the rules of tei2text.xsl's wrap-lines template
 * (which other XSLT processors still run), byte for byte. upper and lower
 * are translate() tables for case folding; small-letters is the set of
 * characters that start a sentence's continuation. */
void tc_wrap_register(void);

#endif /* TC_WRAP_H */
