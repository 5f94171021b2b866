// Freeing a pointer malloc never returned (a stack address) aborts.
// rcc-test: expect-signal=SIGABRT
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char buf[64];
	char *volatile p = buf;
	void *volatile keep = malloc(16);
	(void)keep;
	free(p);
	t_err("invalid free not detected\n");
	return 0;
}
