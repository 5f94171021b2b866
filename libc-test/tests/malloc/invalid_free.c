// Freeing a pointer into the middle of a block aborts.
// rcc-test: expect-signal=SIGABRT
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char *volatile p = malloc(64);
	free(p + 16);
	t_err("invalid free not detected\n");
	return 0;
}
