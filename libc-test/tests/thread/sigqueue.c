// rcc-test: cflags=-pthread -D_GNU_SOURCE
// pthread_sigqueue (GNU): a value queued to one thread arrives there with SI_QUEUE, the
// sender's pid and uid; to the calling thread, the handler runs before it returns;
// EINVAL for a bad signal number.
#include <t.h>
#include <pthread.h>
#include <signal.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

static volatile int got_value = -1, got_code, got_pid, got_uid;

static void *waiter(void *arg)
{
	sigset_t s;
	siginfo_t si;
	(void)arg;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	if (sigwaitinfo(&s, &si) == SIGUSR1) {
		got_code = si.si_code;
		got_pid = si.si_pid;
		got_uid = si.si_uid;
		got_value = si.si_value.sival_int;
	}
	return 0;
}

static volatile sig_atomic_t handled = -1;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	if (si->si_code == SI_QUEUE)
		handled = si->si_value.sival_int;
}

int main(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	T_EQ_INT(pthread_sigmask(SIG_BLOCK, &s, 0), 0);

	pthread_t t;
	T_EQ_INT(pthread_create(&t, 0, waiter, 0), 0);
	union sigval v;
	v.sival_int = 4242;
	T_EQ_INT(pthread_sigqueue(t, SIGUSR1, v), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	T_EQ_INT(got_value, 4242);
	T_EQ_INT(got_code, SI_QUEUE);
	T_EQ_INT(got_pid, getpid());
	T_EQ_INT(got_uid, (int)getuid());
	/* Nothing was left pending for the process or this thread. */
	sigset_t pend;
	sigpending(&pend);
	T_ASSERT(!sigismember(&pend, SIGUSR1));

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	T_EQ_INT(sigaction(SIGUSR2, &sa, 0), 0);
	v.sival_int = 77;
	T_EQ_INT(pthread_sigqueue(pthread_self(), SIGUSR2, v), 0);
	T_EQ_INT(handled, 77);

	T_EQ_INT(pthread_sigqueue(pthread_self(), 0, v), 0);
	T_EQ_INT(pthread_sigqueue(pthread_self(), 1000, v), EINVAL);
	T_EQ_INT(pthread_sigqueue(pthread_self(), -1, v), EINVAL);
	return t_status();
}
