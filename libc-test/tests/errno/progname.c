// program_invocation_name and program_invocation_short_name (GNU, declared by errno.h).
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <t.h>

int main(int argc, char **argv)
{
	(void)argc;
	T_EQ_PTR(program_invocation_name, argv[0]);
	const char *slash = strrchr(argv[0], '/');
	T_EQ_STR(program_invocation_short_name, slash ? slash + 1 : argv[0]);
	return t_status();
}
