// A free of a pointer into the middle of a 256 KiB block (past its first 64 KiB page) stops
// the program: rcc checks it against the out-of-band page records. glibc and musl read a
// bogus chunk header there and crash or abort.
// rcc-test: expect-signal=SIGABRT|SIGSEGV
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	char *volatile p = malloc(256 * 1024);
	memset(p, 0, 256 * 1024);
	free(p + 100 * 1024);
	t_err("interior free not detected\n");
	return 0;
}
