/* tool_signals.c: the stop signals of convert and validate (SIGINT,
 * SIGTERM, SIGHUP and SIGPIPE, so that `-v ... | head` stops with its
 * report kept): caught for the whole command, from its first step (loading
 * stylesheets or a schema) to its last, so that a stop always ends it with
 * 130 and says so; a batch then takes no new input and stops its running
 * transformations within 0.1 s; put back afterwards.
 * Some steps cannot be stopped from outside (libxml2's XSD validation,
 * reading a big input into memory): when the run has not ended
 * STOP_GRACE_MS after the signal, or at a second signal, the process
 * exits at once with 130, as after a
 * kill, its temporaries left for the next run to remove (they name a run
 * that is gone). The timer is this file's, and signals with the first
 * real-time signal, not SIGALRM, which others use (libFuzzer's watchdog
 * runs this code in its process; a host may have its own alarm); nothing
 * is allocated. */
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tool.h"

/* What a clean stop may take before the process is ended. */
#define STOP_GRACE_MS 500

atomic_int tool_stop_requested;

static timer_t grace_timer;
static volatile sig_atomic_t have_timer;
static struct sigaction old_timer_action;

static void hard_stop(void)
{
    static const char msg[] =
        "teiconv: stopped: the run was interrupted in a step that cannot be "
        "stopped (such as an XSD validation); ended at once, its temporary "
        "files are removed by the next run into the folder\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w;
    _exit(EXIT_INTERRUPTED);
}

static void on_grace_over(int sig)
{
    (void)sig;
    hard_stop();
}

static void on_stop_signal(int sig)
{
    (void)sig;
    if (atomic_exchange(&tool_stop_requested, 1))
        hard_stop(); /* the second signal: no more waiting */
    tc_request_stop();
    if (have_timer) {
        /* timer_settime is async-signal-safe */
        struct itimerspec its;
        memset(&its, 0, sizeof its);
        its.it_value.tv_nsec = STOP_GRACE_MS * 1000000L;
        timer_settime(grace_timer, 0, &its, NULL);
    }
}

void tool_stop_signals_catch(tool_signals *saved)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_grace_over;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGRTMIN, &sa, &old_timer_action);
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN;
    have_timer = timer_create(CLOCK_MONOTONIC, &sev, &grace_timer) == 0;
    sa.sa_handler = on_stop_signal;
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
    if (have_timer) {
        have_timer = 0;
        timer_delete(grace_timer);
    }
    sigaction(SIGRTMIN, &old_timer_action, NULL);
}

int tool_run_stoppable(tool_command cmd, int argc, char **argv, FILE *out,
                       FILE *err)
{
    tool_signals saved;
    tool_stop_signals_catch(&saved);
    int rc = cmd(argc, argv, out, err);
    tool_stop_signals_restore(&saved);
    if (atomic_load(&tool_stop_requested) && rc != EXIT_INTERRUPTED) {
        /* stopped before or after its batch (a schema or the stylesheets
         * loading, one input to one file): said once here */
        fprintf(err, "teiconv %s: stopped: the run was interrupted\n", argv[0]);
        rc = EXIT_INTERRUPTED;
    }
    return rc;
}
