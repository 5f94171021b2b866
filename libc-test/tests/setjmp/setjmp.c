/* setjmp/longjmp across frames (val 0 becomes 1), _setjmp, sigsetjmp mask handling,
 * and siglongjmp out of a signal handler. */
#include <setjmp.h>
#include <signal.h>
#include "t.h"

static jmp_buf env;
static sigjmp_buf senv;
static int depth;

static void __attribute__((noinline)) dive(int n, int val)
{
	volatile char pad[64];
	pad[0] = (char)n;
	depth = n + pad[0] - n;
	if (n == 0)
		longjmp(env, val);
	dive(n - 1, val);
}

static void on_sig(int sig)
{
	(void)sig;
	siglongjmp(senv, 5);
}

static int blocked(int sig)
{
	sigset_t s;
	sigprocmask(SIG_BLOCK, 0, &s);
	return sigismember(&s, sig);
}

int main(void)
{
	volatile int calls = 0;
	int r;
	sigset_t set;
	struct sigaction sa = {0};

	r = setjmp(env);
	calls++;
	if (r == 0)
		dive(20, 7);
	T_EQ_INT(r, 7);
	T_EQ_INT(calls, 2);
	T_EQ_INT(depth, 0);

	calls = 0;
	r = setjmp(env);
	calls++;
	if (r == 0)
		dive(3, 0);
	T_EQ_INT(r, 1); /* longjmp(env, 0) makes setjmp return 1 */
	T_EQ_INT(calls, 2);

	calls = 0;
	r = _setjmp(env);
	calls++;
	if (r == 0)
		_longjmp(env, -3);
	T_EQ_INT(r, -3);
	T_EQ_INT(calls, 2);

	/* sigsetjmp(env, 1) restores the mask saved at sigsetjmp time. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_SETMASK, &set, 0);
	r = sigsetjmp(senv, 1);
	if (r == 0) {
		sigaddset(&set, SIGUSR2);
		sigprocmask(SIG_SETMASK, &set, 0);
		T_EQ_INT(blocked(SIGUSR2), 1);
		siglongjmp(senv, 2);
	}
	T_EQ_INT(r, 2);
	T_EQ_INT(blocked(SIGUSR1), 1);
	T_EQ_INT(blocked(SIGUSR2), 0);

	/* sigsetjmp(env, 0) leaves the mask alone. */
	r = sigsetjmp(senv, 0);
	if (r == 0) {
		sigaddset(&set, SIGUSR2);
		sigprocmask(SIG_SETMASK, &set, 0);
		siglongjmp(senv, 3);
	}
	T_EQ_INT(r, 3);
	T_EQ_INT(blocked(SIGUSR2), 1);

	/* Jumping out of a handler: the mask saved by sigsetjmp undoes the handler's mask. */
	sigemptyset(&set);
	sigprocmask(SIG_SETMASK, &set, 0);
	sa.sa_handler = on_sig;
	sigaction(SIGUSR1, &sa, 0);
	r = sigsetjmp(senv, 1);
	if (r == 0) {
		raise(SIGUSR1);
		T_ASSERT(!"not reached");
	}
	T_EQ_INT(r, 5);
	T_EQ_INT(blocked(SIGUSR1), 0);
	return t_status();
}
