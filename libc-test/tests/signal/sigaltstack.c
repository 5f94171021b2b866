/* sigaltstack: a SA_ONSTACK handler runs on the alternate stack; SS_ONSTACK is reported
 * inside it; small stacks are refused. */
#include <errno.h>
#include <signal.h>
#include "t.h"

static char altstack[65536] __attribute__((aligned(16)));
static volatile unsigned long where;
static volatile int flags_inside;

static void on_sig(int sig)
{
	char local;
	stack_t cur;
	(void)sig;
	where = (unsigned long)&local;
	sigaltstack(0, &cur);
	flags_inside = cur.ss_flags;
}

int main(void)
{
	stack_t ss, old;
	struct sigaction sa = {0};

	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	ss.ss_flags = 0;
	T_EQ_INT(sigaltstack(&ss, &old), 0);
	T_EQ_INT(old.ss_flags, SS_DISABLE);
	T_EQ_INT(sigaltstack(0, &old), 0);
	T_EQ_PTR(old.ss_sp, altstack);
	T_EQ_INT(old.ss_size, sizeof altstack);
	T_EQ_INT(old.ss_flags, 0);

	sa.sa_handler = on_sig;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	T_ASSERT(where > (unsigned long)altstack);
	T_ASSERT(where < (unsigned long)altstack + sizeof altstack);
	T_EQ_INT(flags_inside, SS_ONSTACK);

	/* Without SA_ONSTACK the handler stays on the normal stack. */
	sa.sa_flags = 0;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	T_ASSERT(where < (unsigned long)altstack || where >= (unsigned long)altstack + sizeof altstack);

	ss.ss_size = MINSIGSTKSZ - 1;
	errno = 0;
	T_EQ_INT(sigaltstack(&ss, 0), -1);
	T_EQ_INT(errno, ENOMEM);
	ss.ss_flags = SS_DISABLE;
	T_EQ_INT(sigaltstack(&ss, 0), 0);
	sigaltstack(0, &old);
	T_EQ_INT(old.ss_flags, SS_DISABLE);
	return t_status();
}
