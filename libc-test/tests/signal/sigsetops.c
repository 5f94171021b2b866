/* The sigset_t operations, and EINVAL for numbers outside 1..64. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include "t.h"

int main(void)
{
	sigset_t a, b, c;
	int i;

	T_EQ_INT(sigemptyset(&a), 0);
	for (i = 1; i <= 31; i++)
		T_EQ_INT(sigismember(&a, i), 0);
	T_EQ_INT(sigisemptyset(&a), 1);
	T_EQ_INT(sigfillset(&b), 0);
	for (i = 1; i <= 31; i++)
		T_EQ_INT(sigismember(&b, i), 1);
	T_EQ_INT(sigismember(&b, 40), 1);
	T_EQ_INT(sigismember(&b, 64), 1);
	T_EQ_INT(sigisemptyset(&b), 0);

	T_EQ_INT(sigaddset(&a, SIGINT), 0);
	T_EQ_INT(sigaddset(&a, 64), 0);
	T_EQ_INT(sigismember(&a, SIGINT), 1);
	T_EQ_INT(sigismember(&a, 64), 1);
	T_EQ_INT(sigismember(&a, SIGQUIT), 0);
	T_EQ_INT(sigisemptyset(&a), 0);
	T_EQ_INT(sigdelset(&a, SIGINT), 0);
	T_EQ_INT(sigismember(&a, SIGINT), 0);
	T_EQ_INT(sigdelset(&b, SIGTERM), 0);
	T_EQ_INT(sigismember(&b, SIGTERM), 0);

	errno = 0;
	T_EQ_INT(sigaddset(&a, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sigaddset(&a, 65), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sigdelset(&a, -1), -1);
	T_EQ_INT(errno, EINVAL);

	sigemptyset(&a);
	sigemptyset(&b);
	sigaddset(&a, SIGHUP);
	sigaddset(&a, SIGUSR1);
	sigaddset(&b, SIGUSR1);
	sigaddset(&b, 50);
	T_EQ_INT(sigandset(&c, &a, &b), 0);
	T_EQ_INT(sigismember(&c, SIGUSR1), 1);
	T_EQ_INT(sigismember(&c, SIGHUP), 0);
	T_EQ_INT(sigismember(&c, 50), 0);
	T_EQ_INT(sigorset(&c, &a, &b), 0);
	T_EQ_INT(sigismember(&c, SIGUSR1), 1);
	T_EQ_INT(sigismember(&c, SIGHUP), 1);
	T_EQ_INT(sigismember(&c, 50), 1);
	T_EQ_INT(sigismember(&c, SIGINT), 0);

	T_ASSERT(SIGRTMIN >= 34);
	T_EQ_INT(SIGRTMAX, 64);
	return t_status();
}
