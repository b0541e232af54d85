/* tool_progress.c: the one-line progress bar of a batch on a terminal:
 * done/total, rate, time left and failures, redrawn in place. */
#include <string.h>
#include <time.h>

#include "tool_batch.h"

#define BAR_WIDTH 24

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tool_progress_init(tool_progress *p, FILE *err, int on)
{
    memset(p, 0, sizeof(*p));
    p->err = err;
    p->on = on;
}

static void clock_text(char *buf, size_t n, double seconds)
{
    if (seconds < 0 || seconds > 359999) {
        snprintf(buf, n, "--:--");
        return;
    }
    long s = (long)(seconds + 0.5);
    if (s >= 3600)
        snprintf(buf, n, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(buf, n, "%ld:%02ld", s / 60, s % 60);
}

void tool_progress_update(tool_progress *p, const tc_batch_progress *bp,
                          int final)
{
    if (!p->on)
        return;
    p->now = *bp;
    p->have_now = 1;
    double t = now_s();
    if (p->drawn && (final ? bp->done == p->shown : t - p->last < 0.1))
        return;
    p->last = t;
    p->shown = bp->done;
    double frac = bp->total ? (double)bp->done / (double)bp->total : 1.0;
    char bar[BAR_WIDTH + 1];
    int full = (int)(frac * BAR_WIDTH);
    for (int i = 0; i < BAR_WIDTH; i++)
        bar[i] = i < full ? '#' : '.';
    bar[BAR_WIDTH] = '\0';
    double rate = bp->seconds > 0 ? (double)bp->done / bp->seconds : 0;
    char eta[32];
    clock_text(eta, sizeof eta,
               rate > 0 ? (double)(bp->total - bp->done) / rate : -1);
    /* \033[K clears what a longer earlier line left behind. */
    fprintf(p->err, "\r[%s] %zu/%zu %3d%%  %.0f rec/s  ETA %s", bar, bp->done,
            bp->total, (int)(frac * 100), rate, eta);
    if (bp->skipped)
        fprintf(p->err, "  %zu up to date", bp->skipped);
    if (bp->failed)
        fprintf(p->err, "  %zu failed", bp->failed);
    fputs("\033[K", p->err);
    fflush(p->err);
    p->drawn = 1;
}

void tool_progress_clear(tool_progress *p)
{
    if (p->on && p->drawn) {
        fputs("\r\033[K", p->err);
        p->drawn = 0;
    }
}

void tool_progress_redraw(tool_progress *p)
{
    if (p->on && !p->drawn && p->have_now) {
        tc_batch_progress bp = p->now;
        tool_progress_update(p, &bp, 1);
    }
}

void tool_progress_done(tool_progress *p)
{
    if (p->on && p->drawn) {
        fputc('\n', p->err);
        p->drawn = 0;
    }
}
