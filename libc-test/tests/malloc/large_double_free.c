// Freeing a directly mapped large block twice stops the program: rcc aborts (its large-block
// table no longer lists it); musl and glibc touch the unmapped header and crash.
// rcc-test: expect-signal=SIGABRT|SIGSEGV
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char *volatile p = malloc(1 << 20);
	p[0] = 1;
	free(p);
	free(p);
	t_err("double free not detected\n");
	return 0;
}
