// Writing past the end of a block into the free block after it is detected when that
// block is handed out again, and aborts.
// rcc-test: expect-signal=SIGABRT
#include <malloc.h>
#include <stdint.h>
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
	size_t usable = malloc_usable_size(a);
	memset(a, 'A', usable + 48);
	/* Only for the glibc column: glibc keeps b's tcache link at a + usable + 8, stored
	 * XORed with its own address >> 12 ("safe-linking"). Plain 'A's decode to an aligned
	 * wild pointer for one heap placement in 16, which glibc then follows and crashes
	 * on instead of aborting; store a link that decodes to an odd address so its check
	 * fires every run. For rcc and musl these bytes are just more of the overrun. */
	uintptr_t *link = (uintptr_t *)(a + usable + 8);
	*link = ((uintptr_t)link >> 12) ^ (uintptr_t)0x4141414141414141ull;
	for (int i = 0; i < 4; i++) {
		void *volatile x = malloc(48);
		(void)x;
	}
	t_err("overflow not detected\n");
	return 0;
}
