/* style_pool.c: compiled stylesheets, one copy per thread (why: see
 * style_pool.h). A thread's copies are an array of slots found through a
 * thread-specific key of the pool; every array is also on the pool's list,
 * so that tc_style_pool_free frees the copies of threads that have ended. */
#include <pthread.h>
#include <stdlib.h>

#include <libxslt/xsltInternals.h>

#include "xslt/fit_table.h"
#include "xslt/style_pool.h"

typedef struct thread_copies {
    struct thread_copies *next;
    xsltStylesheetPtr style[]; /* nslots */
} thread_copies;

struct tc_style_pool {
    pthread_mutex_t lock; /* the list, failed[], and every compilation */
    pthread_key_t key;    /* this thread's thread_copies */
    size_t nslots;
    thread_copies *all;
    unsigned char *failed; /* nslots: did not compile once, not tried again */
};

tc_style_pool *tc_style_pool_new(size_t nslots)
{
    tc_style_pool *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    p->nslots = nslots;
    p->failed = calloc(nslots ? nslots : 1, 1);
    int locked = p->failed && pthread_mutex_init(&p->lock, NULL) == 0;
    if (locked && pthread_key_create(&p->key, NULL) == 0)
        return p;
    if (locked)
        pthread_mutex_destroy(&p->lock);
    free(p->failed);
    free(p);
    return NULL;
}

void tc_style_pool_free(tc_style_pool *p)
{
    if (!p)
        return;
    for (thread_copies *t = p->all, *next; t; t = next) {
        next = t->next;
        for (size_t i = 0; i < p->nslots; i++)
            tc_stylesheet_free(t->style[i]);
        free(t);
    }
    pthread_key_delete(p->key);
    pthread_mutex_destroy(&p->lock);
    free(p->failed);
    free(p);
}

/* The calling thread's copies, made empty the first time; NULL when out of
 * memory. Called with the lock held. */
static thread_copies *mine(tc_style_pool *p)
{
    thread_copies *t = pthread_getspecific(p->key);
    if (t)
        return t;
    t = calloc(1, sizeof(*t) + p->nslots * sizeof(t->style[0]));
    if (!t)
        return NULL;
    if (pthread_setspecific(p->key, t) != 0) {
        free(t);
        return NULL;
    }
    t->next = p->all;
    p->all = t;
    return t;
}

xsltStylesheetPtr tc_style_pool_get(tc_style_pool *p, size_t slot,
                                    tc_style_compile_fn compile,
                                    const void *arg, int *failed_before,
                                    tc_diags *d)
{
    if (failed_before)
        *failed_before = 0;
    if (slot >= p->nslots)
        return NULL;
    /* the thread's own array: only this thread writes its slots, so a
     * filled slot is read without the lock */
    thread_copies *t = pthread_getspecific(p->key);
    if (t && t->style[slot])
        return t->style[slot];
    pthread_mutex_lock(&p->lock);
    xsltStylesheetPtr s = NULL;
    t = mine(p);
    if (t && p->failed[slot]) {
        if (failed_before)
            *failed_before = 1;
    } else if (t) {
        s = compile(arg, d);
        t->style[slot] = s;
        p->failed[slot] = s == NULL;
    }
    pthread_mutex_unlock(&p->lock);
    return s;
}

int tc_style_pool_put(tc_style_pool *p, size_t slot, xsltStylesheetPtr s)
{
    if (slot >= p->nslots)
        return -1;
    pthread_mutex_lock(&p->lock);
    thread_copies *t = mine(p);
    int ok = t && !t->style[slot];
    if (ok)
        t->style[slot] = s;
    pthread_mutex_unlock(&p->lock);
    return ok ? 0 : -1;
}
