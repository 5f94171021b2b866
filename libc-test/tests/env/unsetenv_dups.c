/* unsetenv removes every copy of a name in a caller-built environ; putenv("=x") fails (musl). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include "t.h"

extern char **environ;

int main(void)
{
	static char a[] = "DUP=1", b[] = "KEEP=k", c[] = "DUP=2", d[] = "DUPX=3", e[] = "DUP=3";
	static char *env[] = {a, b, c, d, e, 0};
	environ = env;
	T_EQ_STR(getenv("DUP"), "1");
	T_EQ_INT(unsetenv("DUP"), 0);
	T_ASSERT(getenv("DUP") == 0);
	T_EQ_STR(environ[0], "KEEP=k");
	T_EQ_STR(environ[1], "DUPX=3");
	T_ASSERT(environ[2] == 0);

#ifndef __GLIBC__
	/* musl (and rcc) refuse an empty name; glibc accepts "=x" */
	static char bad[] = "=x";
	errno = 0;
	T_EQ_INT(putenv(bad), -1);
	T_EQ_INT(errno, EINVAL);
#endif

	/* appending moves to a libc-owned array; the caller's array stays as it was */
	T_EQ_INT(setenv("NEW", "n", 1), 0);
	T_EQ_STR(getenv("NEW"), "n");
	T_EQ_STR(getenv("KEEP"), "k");
	T_ASSERT(environ != env);
	return t_status();
}
