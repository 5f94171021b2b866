// The third argument of main, environ and getenv all see the same environment.
// The runner gives each test exactly PATH plus the variables listed here.
// rcc-test: env=RCC_ONE=1 RCC_TWO=hello=world RCC_EMPTY=
#include <stdlib.h>
#include <t.h>

extern char **environ;

static int count(char **env)
{
	int n = 0;
	while (env[n])
		n++;
	return n;
}

static const char *find(char **env, const char *entry)
{
	for (; *env; env++)
		if (t_streq(*env, entry))
			return *env;
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	T_EQ_PTR(envp, environ);
	/* envp starts right after argv's terminating null pointer. */
	T_EQ_PTR(envp, argv + argc + 1);
	T_EQ_INT(count(envp), 4);
	T_ASSERT(find(envp, "RCC_ONE=1") != 0);
	T_ASSERT(find(envp, "RCC_TWO=hello=world") != 0);
	T_ASSERT(find(envp, "RCC_EMPTY=") != 0);
	T_ASSERT(find(envp, "PATH=/usr/local/bin:/usr/bin:/bin") != 0);

	T_EQ_STR(getenv("RCC_ONE"), "1");
	T_EQ_STR(getenv("RCC_TWO"), "hello=world");
	T_EQ_STR(getenv("RCC_EMPTY"), "");
	T_EQ_STR(getenv("PATH"), "/usr/local/bin:/usr/bin:/bin");
	/* getenv returns a pointer into the environment itself, just after the '='. */
	T_EQ_PTR(getenv("RCC_ONE"), find(envp, "RCC_ONE=1") + 8);
	/* No match on a prefix, an extension, or a different case. */
	T_EQ_PTR(getenv("RCC_"), 0);
	T_EQ_PTR(getenv("RCC_ONE1"), 0);
	T_EQ_PTR(getenv("rcc_one"), 0);
	T_EQ_PTR(getenv("NOT_SET_ANYWHERE"), 0);
	T_EQ_PTR(getenv(""), 0);
	return t_status();
}
