/* sigprocmask, sigpending, sigsuspend, sigwait, sigtimedwait, sighold/sigrelse. */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include "t.h"

static volatile sig_atomic_t hits;
static void on_sig(int sig) { (void)sig; hits++; }

int main(void)
{
	sigset_t set, old, pend, empty;
	struct sigaction sa = {0};
	int sig = 0;

	sa.sa_handler = on_sig;
	sigaction(SIGUSR1, &sa, 0);
	sigaction(SIGUSR2, &sa, 0);

	sigemptyset(&empty);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T_EQ_INT(sigprocmask(SIG_BLOCK, &set, &old), 0);
	T_EQ_INT(sigismember(&old, SIGUSR1), 0);
	raise(SIGUSR1);
	T_EQ_INT(hits, 0);
	T_EQ_INT(sigpending(&pend), 0);
	T_EQ_INT(sigismember(&pend, SIGUSR1), 1);
	T_EQ_INT(sigismember(&pend, SIGUSR2), 0);
	/* Unblocking delivers it before sigprocmask returns. */
	T_EQ_INT(sigprocmask(SIG_UNBLOCK, &set, 0), 0);
	T_EQ_INT(hits, 1);
	T_EQ_INT(sigpending(&pend), 0);
	T_EQ_INT(sigismember(&pend, SIGUSR1), 0);

	/* SIG_SETMASK and reading back. */
	T_EQ_INT(sigprocmask(SIG_SETMASK, &set, 0), 0);
	T_EQ_INT(sigprocmask(SIG_SETMASK, 0, &old), 0);
	T_EQ_INT(sigismember(&old, SIGUSR1), 1);
	errno = 0;
	T_EQ_INT(sigprocmask(99, &set, 0), -1);
	T_EQ_INT(errno, EINVAL);
	/* SIGKILL cannot be blocked: silently dropped. */
	sigaddset(&set, SIGKILL);
	T_EQ_INT(sigprocmask(SIG_BLOCK, &set, 0), 0);
	sigprocmask(SIG_BLOCK, 0, &old);
	T_EQ_INT(sigismember(&old, SIGKILL), 0);

	/* sigsuspend: waits with the given mask, returns -1/EINTR after the handler. */
	hits = 0;
	raise(SIGUSR1);
	T_EQ_INT(hits, 0);
	errno = 0;
	T_EQ_INT(sigsuspend(&empty), -1);
	T_EQ_INT(errno, EINTR);
	T_EQ_INT(hits, 1);
	sigprocmask(SIG_BLOCK, 0, &old);
	T_EQ_INT(sigismember(&old, SIGUSR1), 1); /* the old mask is back */

	/* sigwait / sigwaitinfo / sigtimedwait take a blocked pending signal, no handler. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	hits = 0;
	raise(SIGUSR1);
	T_EQ_INT(sigwait(&set, &sig), 0);
	T_EQ_INT(sig, SIGUSR1);
	T_EQ_INT(hits, 0);
	{
		siginfo_t si;
		struct timespec ts = {0, 1000000};
		union sigval v;
		v.sival_int = 7;
		sigqueue(getpid(), SIGUSR1, v);
		T_EQ_INT(sigwaitinfo(&set, &si), SIGUSR1);
		T_EQ_INT(si.si_code, SI_QUEUE);
		T_EQ_INT(si.si_value.sival_int, 7);
		errno = 0;
		T_EQ_INT(sigtimedwait(&set, &si, &ts), -1);
		T_EQ_INT(errno, EAGAIN);
	}

	/* XSI sighold / sigrelse. */
	sigprocmask(SIG_SETMASK, &empty, 0);
	T_EQ_INT(sighold(SIGUSR2), 0);
	hits = 0;
	raise(SIGUSR2);
	T_EQ_INT(hits, 0);
	T_EQ_INT(sigrelse(SIGUSR2), 0);
	T_EQ_INT(hits, 1);
	errno = 0;
	T_EQ_INT(sighold(0), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(sigignore(SIGUSR2), 0);
	raise(SIGUSR2);
	T_EQ_INT(hits, 1);
	return t_status();
}
