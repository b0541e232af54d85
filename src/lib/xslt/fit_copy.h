/* fit_copy.h: tc:fit-clean(k) and the extension element tc:fit-copy, the
 * fast path of the EAD fit pass (xsl/ead/ead-fit.xsl): a subtree that
 * already fits the target is copied in C; the rest goes through the
 * templates (see fit_copy.c). */
#ifndef TC_FIT_COPY_H
#define TC_FIT_COPY_H

/* Register both with libxslt, once a process (thread-safe). */
void tc_fit_copy_register(void);

#endif /* TC_FIT_COPY_H */
