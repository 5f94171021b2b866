// calloc returns zeroed memory, also when it reuses blocks that held data; an overflowing
// nmemb * size gives NULL with ENOMEM.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

static int zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(void)
{
	static const size_t sizes[] = { 1, 16, 24, 100, 1000, 5000, 70000, 131072, 200000, 1 << 21 };
	for (int round = 0; round < 3; round++) {
		void *dirty[10];
		for (int i = 0; i < 10; i++) {
			dirty[i] = malloc(sizes[i]);
			memset(dirty[i], 0xa5, sizes[i]);
		}
		for (int i = 0; i < 10; i++)
			free(dirty[i]);
		for (int i = 0; i < 10; i++) {
			unsigned char *p = calloc(1, sizes[i]);
			T_ASSERT(p != 0);
			T_ASSERT(zero(p, sizes[i]));
			memset(p, 0x5a, sizes[i]);
			free(p);
		}
	}
	unsigned char *p = calloc(1000, 4);
	T_ASSERT(p && zero(p, 4000));
	free(p);
	p = calloc(0, 10);
	T_ASSERT(p != 0);
	free(p);

	errno = 0;
	T_EQ_PTR(calloc(SIZE_MAX / 2, 3), 0);
	T_EQ_INT(errno, ENOMEM);
	errno = 0;
	T_EQ_PTR(calloc((size_t)1 << 32, (size_t)1 << 32), 0);
	T_EQ_INT(errno, ENOMEM);
	return t_status();
}
