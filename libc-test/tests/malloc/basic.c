// malloc/free: every block is 16-byte aligned and writable for every size 0..4096 and for
// large sizes; malloc(0) gives unique non-null pointers (musl and glibc agree);
// malloc_usable_size covers the request; free(NULL) does nothing.
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

static void *blocks[4097];

int main(void)
{
	for (size_t n = 0; n <= 4096; n++) {
		unsigned char *p = malloc(n);
		T_ASSERT(p != 0);
		T_EQ_INT((uintptr_t)p % 16, 0);
		T_ASSERT(malloc_usable_size(p) >= n);
		memset(p, (int)(n & 0xff), n);
		blocks[n] = p;
	}
	for (size_t n = 0; n <= 4096; n++) {
		unsigned char *p = blocks[n];
		int ok = 1;
		for (size_t i = 0; i < n; i++)
			ok &= p[i] == (unsigned char)(n & 0xff);
		T_ASSERT(ok);
	}
	for (size_t n = 0; n <= 4096; n++)
		free(blocks[n]);

	static const size_t big[] = { 65536, 131072, 131073, 200000, 1 << 20, 5 << 20, 33554433 };
	for (size_t i = 0; i < sizeof big / sizeof big[0]; i++) {
		unsigned char *p = malloc(big[i]);
		T_ASSERT(p != 0);
		T_EQ_INT((uintptr_t)p % 16, 0);
		T_ASSERT(malloc_usable_size(p) >= big[i]);
		p[0] = 1;
		p[big[i] - 1] = 2;
		T_EQ_INT(p[0] + p[big[i] - 1], 3);
		free(p);
	}

	void *a = malloc(0), *b = malloc(0);
	T_ASSERT(a != 0 && b != 0 && a != b);
	free(a);
	free(b);
	free(0);
	T_EQ_INT(malloc_usable_size(0), 0);

	/* Many live blocks of one size are all distinct and do not overlap. */
	static unsigned char *many[20000];
	for (int i = 0; i < 20000; i++) {
		many[i] = malloc(24);
		T_ASSERT(many[i] != 0);
		memset(many[i], i & 0xff, 24);
	}
	int ok = 1;
	for (int i = 0; i < 20000; i++)
		for (int j = 0; j < 24; j++)
			ok &= many[i][j] == (unsigned char)(i & 0xff);
	T_ASSERT(ok);
	for (int i = 0; i < 20000; i++)
		free(many[i]);
	return t_status();
}
