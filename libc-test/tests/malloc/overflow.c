// Writing past the end of a block into the free block after it is detected when that
// block is handed out again, and aborts.
// rcc-test: expect-signal=SIGABRT
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	char *volatile a = malloc(48);
	char *volatile b = malloc(48);
	char *volatile c = malloc(48);
	free(c);
	free(b);
	/* a's block is directly followed by b's in rcc; overrun a by a whole block. */
	memset(a, 'A', malloc_usable_size(a) + 48);
	for (int i = 0; i < 4; i++) {
		void *volatile x = malloc(48);
		(void)x;
	}
	t_err("overflow not detected\n");
	return 0;
}
