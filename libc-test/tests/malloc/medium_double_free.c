// Freeing a 256 KiB block twice stops the program (rcc serves it from segment pages and
// finds its span free; musl and glibc map it and crash or abort on the unmapped header).
// rcc-test: expect-signal=SIGABRT|SIGSEGV
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char *volatile keep = malloc(100);
	char *volatile p = malloc(256 * 1024);
	p[0] = 1;
	free(p);
	free(p);
	t_err("double free not detected\n");
	free(keep);
	return 0;
}
