/* tool_signals.c: the stop signals of a batch run (SIGINT, SIGTERM, SIGHUP
 * and SIGPIPE, so that `-v ... | head` stops with its report kept): caught
 * while convert or validate runs a batch, which then takes no new input and
 * stops its running transformations within 0.1 s; put back afterwards. */
#include <string.h>

#include "tool.h"

atomic_int tool_stop_requested;

static void on_stop_signal(int sig)
{
    (void)sig;
    atomic_store(&tool_stop_requested, 1);
    tc_request_stop();
}

void tool_stop_signals_catch(tool_signals *saved)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    atomic_store(&tool_stop_requested, 0);
    sigaction(SIGINT, &sa, &saved->old_int);
    sigaction(SIGTERM, &sa, &saved->old_term);
    sigaction(SIGHUP, &sa, &saved->old_hup);
    sigaction(SIGPIPE, &sa, &saved->old_pipe);
}

void tool_stop_signals_restore(const tool_signals *saved)
{
    sigaction(SIGINT, &saved->old_int, NULL);
    sigaction(SIGTERM, &saved->old_term, NULL);
    sigaction(SIGHUP, &saved->old_hup, NULL);
    sigaction(SIGPIPE, &saved->old_pipe, NULL);
}
