// rcc-test: env=RCC_A=1 RCC_B=two
/* setenv, unsetenv, putenv, clearenv, secure_getenv: values, environ contents, errno. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"

extern char **environ;

static int count_name(const char *name)
{
	int n = 0;
	unsigned long l = t_len(name);
	for (char **e = environ; e && *e; e++)
		if (t_memeq(*e, name, l) && (*e)[l] == '=')
			n++;
	return n;
}

static int env_size(void)
{
	int n = 0;
	for (char **e = environ; e && *e; e++)
		n++;
	return n;
}

int main(void)
{
	T_EQ_STR(getenv("RCC_A"), "1");
	T_EQ_STR(secure_getenv("RCC_B"), "two");
	T_ASSERT(getenv("RCC_") == 0);
	T_ASSERT(getenv("RCC_A=1") == 0);

	/* overwrite flag */
	T_EQ_INT(setenv("RCC_A", "x", 0), 0);
	T_EQ_STR(getenv("RCC_A"), "1");
	T_EQ_INT(setenv("RCC_A", "x", 1), 0);
	T_EQ_STR(getenv("RCC_A"), "x");
	T_EQ_INT(count_name("RCC_A"), 1);

	/* new variable, empty value, names of one byte */
	int before = env_size();
	T_EQ_INT(setenv("RCC_NEW", "", 0), 0);
	T_EQ_STR(getenv("RCC_NEW"), "");
	T_EQ_INT(env_size(), before + 1);
	T_EQ_INT(setenv("Q", "q", 1), 0);
	T_EQ_STR(getenv("Q"), "q");

	/* many variables, then rewriting them all (exercises growth and freeing) */
	char name[] = "RCC_Vxx";
	for (int i = 0; i < 100; i++) {
		name[5] = (char)('a' + i / 10);
		name[6] = (char)('0' + i % 10);
		T_EQ_INT(setenv(name, name, 1), 0);
	}
	for (int i = 0; i < 100; i++) {
		name[5] = (char)('a' + i / 10);
		name[6] = (char)('0' + i % 10);
		T_EQ_INT(setenv(name, "v", 1), 0);
		T_EQ_STR(getenv(name), "v");
	}
	T_EQ_STR(getenv("RCC_B"), "two");

	/* bad names */
	errno = 0;
	T_EQ_INT(setenv("", "v", 1), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(setenv("A=B", "v", 1), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(setenv(0, "v", 1), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(unsetenv(""), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(unsetenv("A=B"), -1);
	T_EQ_INT(errno, EINVAL);

	/* unsetenv removes; a missing name is fine */
	T_EQ_INT(unsetenv("RCC_A"), 0);
	T_ASSERT(getenv("RCC_A") == 0);
	T_EQ_INT(count_name("RCC_A"), 0);
	T_EQ_INT(unsetenv("RCC_NOT_SET"), 0);

	/* putenv: the string itself is the environment entry */
	static char p1[] = "RCC_P=first";
	T_EQ_INT(putenv(p1), 0);
	T_EQ_PTR(getenv("RCC_P"), p1 + 6);
	p1[6] = 'F';
	T_EQ_STR(getenv("RCC_P"), "First");
	static char p2[] = "RCC_P=second";
	T_EQ_INT(putenv(p2), 0);
	T_EQ_STR(getenv("RCC_P"), "second");
	T_EQ_INT(count_name("RCC_P"), 1);
	/* setenv over a putenv string replaces it without touching the caller's memory */
	T_EQ_INT(setenv("RCC_P", "third", 1), 0);
	T_EQ_STR(getenv("RCC_P"), "third");
	T_EQ_STR(p2, "RCC_P=second");
	/* putenv of a bare name removes it (musl and glibc) */
	static char bare[] = "RCC_P";
	T_EQ_INT(putenv(bare), 0);
	T_ASSERT(getenv("RCC_P") == 0);

	/* clearenv, then start again */
	T_EQ_INT(clearenv(), 0);
	T_EQ_INT(env_size(), 0);
	T_ASSERT(getenv("RCC_B") == 0);
	T_ASSERT(getenv("PATH") == 0);
	T_EQ_INT(setenv("RCC_C", "c", 0), 0);
	T_EQ_STR(getenv("RCC_C"), "c");
	T_EQ_INT(env_size(), 1);
	T_EQ_STR(environ[0], "RCC_C=c");
	T_ASSERT(environ[1] == 0);
	T_EQ_STR(secure_getenv("RCC_C"), "c");
	return t_status();
}
