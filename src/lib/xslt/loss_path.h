/* loss_path.h: tc:where(), the path of the loss report's lines
 * (/ead/archdesc/dsc/c01[3]) computed in C: the portable `where` template
 * of xsl/ead/ead-fit.xsl counts the siblings of every ancestor in XPath,
 * which on a dsc of thousands of components was the dearest part of a
 * migration with many loss lines (issue 16). */
#ifndef TC_LOSS_PATH_H
#define TC_LOSS_PATH_H

/* Register tc:where() with libxslt, once a process (thread-safe). It
 * returns, as a string, what the template writes for the context node:
 * for each element of ancestor-or-self::*, '/' and its local name, and
 * '[N]' (its position among the parent's element children of that local
 * name, any namespace) when there is more than one. */
void tc_loss_path_register(void);

#endif /* TC_LOSS_PATH_H */
