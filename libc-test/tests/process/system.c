// system: the wait status of sh -c; a null command asks whether a shell exists; the
// caller's SIGCHLD handling is not disturbed.
// rcc-test: expect-stdout=hi\n
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(system("exit 3"), 3 << 8);
	T_EQ_INT(system("true"), 0);
	T_ASSERT(system(0) != 0);
	int st = system("kill -TERM $$");
	T_ASSERT(WIFSIGNALED(st));
	T_EQ_INT(WTERMSIG(st), SIGTERM);
	/* Output goes to our stdout. */
	T_EQ_INT(system("printf 'hi\\n'"), 0);
	/* SIGCHLD is not left blocked. */
	sigset_t s;
	sigemptyset(&s);
	sigprocmask(SIG_BLOCK, 0, &s);
	T_EQ_INT(sigismember(&s, SIGCHLD), 0);
	return t_status();
}
