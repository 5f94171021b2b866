/* sigaction: SA_SIGINFO with sigqueue's value, SA_RESETHAND, SA_NODEFER, sa_mask during
 * the handler, the old action, EINVAL for bad numbers, raise from a handler, signal(). */
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "t.h"

static volatile sig_atomic_t hits, got_sig, got_code, got_int, got_pid;
static volatile sig_atomic_t self_in_mask, usr2_in_mask, nested;

static void on_info(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	hits++;
	got_sig = si->si_signo == sig ? sig : -1;
	got_code = si->si_code;
	got_int = si->si_value.sival_int;
	got_pid = si->si_pid == getpid();
}

static void on_mask(int sig)
{
	sigset_t cur;
	sigprocmask(SIG_BLOCK, 0, &cur);
	self_in_mask = sigismember(&cur, sig);
	usr2_in_mask = sigismember(&cur, SIGUSR2);
	hits++;
}

static void on_inner(int sig)
{
	(void)sig;
	nested++;
}

static void on_outer(int sig)
{
	(void)sig;
	raise(SIGUSR2); /* SIGUSR2 has its own handler: it runs right here, nested */
	hits += nested ? 10 : 1;
}

int main(void)
{
	struct sigaction sa = {0}, old;
	union sigval v;

	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	T_EQ_INT(sigaction(SIGUSR1, &sa, 0), 0);
	v.sival_int = 4242;
	T_EQ_INT(sigqueue(getpid(), SIGUSR1, v), 0);
	T_EQ_INT(hits, 1);
	T_EQ_INT(got_sig, SIGUSR1);
	T_EQ_INT(got_code, SI_QUEUE);
	T_EQ_INT(got_int, 4242);
	T_EQ_INT(got_pid, 1);

	T_EQ_INT(sigaction(SIGUSR1, 0, &old), 0);
	T_ASSERT(old.sa_sigaction == on_info);
	T_ASSERT(old.sa_flags & SA_SIGINFO);

	/* raise: si_code SI_TKILL on Linux for both libcs (tgkill/tkill). */
	hits = 0;
	T_EQ_INT(raise(SIGUSR1), 0);
	T_EQ_INT(hits, 1);
	T_EQ_INT(got_code, SI_TKILL);

	/* The handled signal is masked during its handler, plus sa_mask. */
	sa.sa_handler = on_mask;
	sa.sa_flags = 0;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	T_EQ_INT(sigaction(SIGUSR1, &sa, 0), 0);
	hits = 0;
	raise(SIGUSR1);
	T_EQ_INT(hits, 1);
	T_EQ_INT(self_in_mask, 1);
	T_EQ_INT(usr2_in_mask, 1);

	/* SA_NODEFER leaves it unmasked; SA_RESETHAND restores SIG_DFL. */
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_NODEFER | SA_RESETHAND;
	T_EQ_INT(sigaction(SIGUSR1, &sa, 0), 0);
	hits = 0;
	raise(SIGUSR1);
	T_EQ_INT(hits, 1);
	T_EQ_INT(self_in_mask, 0);
	T_EQ_INT(usr2_in_mask, 0);
	T_EQ_INT(sigaction(SIGUSR1, 0, &old), 0);
	T_ASSERT(old.sa_handler == SIG_DFL);

	/* raise from a handler. */
	sa.sa_handler = on_inner;
	sa.sa_flags = 0;
	T_EQ_INT(sigaction(SIGUSR2, &sa, 0), 0);
	sa.sa_handler = on_outer;
	T_EQ_INT(sigaction(SIGUSR1, &sa, 0), 0);
	hits = 0;
	raise(SIGUSR1);
	T_EQ_INT(nested, 1);
	T_EQ_INT(hits, 10);

	/* Bad numbers and unchangeable signals. */
	errno = 0;
	T_EQ_INT(sigaction(0, &sa, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sigaction(65, &sa, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sigaction(SIGKILL, &sa, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sigaction(SIGSTOP, &sa, 0), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(sigaction(SIGKILL, 0, &old), 0);
	T_ASSERT(old.sa_handler == SIG_DFL);
	errno = 0;
	T_ASSERT(signal(0, SIG_IGN) == SIG_ERR);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(raise(0), 0); /* signal 0: only the existence check */
	T_EQ_INT(raise(65), -1);
	T_EQ_INT(errno, EINVAL);

	/* signal(): returns the previous handler and keeps SA_RESTART (BSD semantics). */
	T_ASSERT(signal(SIGUSR2, SIG_IGN) == on_inner);
	T_ASSERT(signal(SIGUSR2, on_inner) == SIG_IGN);
	T_EQ_INT(sigaction(SIGUSR2, 0, &old), 0);
	T_ASSERT(old.sa_flags & SA_RESTART);
	nested = 0;
	raise(SIGUSR2);
	T_EQ_INT(nested, 1);
	T_ASSERT(signal(SIGUSR2, SIG_DFL) == on_inner);

	/* Ignored signals are discarded. */
	signal(SIGUSR2, SIG_IGN);
	T_EQ_INT(raise(SIGUSR2), 0);
	T_EQ_INT(kill(getpid(), SIGUSR2), 0);
	return t_status();
}
