// Freeing a block twice aborts (musl, glibc and rcc all detect this one).
// rcc-test: expect-signal=SIGABRT
#include <stdlib.h>
#include "t.h"

int main(void)
{
	void *volatile keep = malloc(32);
	char *volatile p = malloc(32);
	free(p);
	free(p);
	free(keep);
	t_err("double free not detected\n");
	return 0;
}
