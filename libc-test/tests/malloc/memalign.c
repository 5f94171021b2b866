// posix_memalign, aligned_alloc, memalign and valloc: the alignment is honoured for every
// power of two up to 1 MiB; posix_memalign returns EINVAL (without touching *memptr) for
// an alignment that is not a power-of-two multiple of sizeof(void *).
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	static const size_t sizes[] = { 0, 1, 16, 100, 4096, 5000, 100000, 300000 };
	for (size_t a = sizeof(void *); a <= (1 << 20); a *= 2) {
		for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
			void *p = 0;
			T_EQ_INT(posix_memalign(&p, a, sizes[i]), 0);
			T_ASSERT(p != 0);
			T_EQ_INT((uintptr_t)p % a, 0);
			memset(p, 1, sizes[i]);
			free(p);

			size_t n = sizes[i] ? sizes[i] : a;
			unsigned char *q = aligned_alloc(a, n);
			T_ASSERT(q != 0);
			T_EQ_INT((uintptr_t)q % a, 0);
			memset(q, 2, n);
			free(q);

			q = memalign(a, sizes[i] + 1);
			T_ASSERT(q != 0);
			T_EQ_INT((uintptr_t)q % a, 0);
			free(q);
		}
	}
	void *v = valloc(100);
	T_ASSERT(v != 0);
	T_EQ_INT((uintptr_t)v % 4096, 0);
	free(v);

	static const size_t bad[] = { 0, 1, 2, 4, 12, 24, 48, 4095, 4097, 3 << 10 };
	for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		void *p = (void *)&v;
		T_EQ_INT(posix_memalign(&p, bad[i], 64), EINVAL);
		T_EQ_PTR(p, (void *)&v);
	}
	void *p = (void *)&v;
	T_EQ_INT(posix_memalign(&p, 64, SIZE_MAX / 2), ENOMEM);
	T_EQ_PTR(p, (void *)&v);
	return t_status();
}
