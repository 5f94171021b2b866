// realloc keeps the contents when growing, shrinking, crossing size classes and moving
// between small and large blocks; realloc(NULL, n) is malloc(n).
#include <stdint.h>
#include <stdlib.h>
#include "t.h"

static unsigned char pat(size_t i) { return (unsigned char)(i * 7 + 3); }

static int check(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != pat(i))
			return 0;
	return 1;
}

static void fill(unsigned char *p, size_t from, size_t n)
{
	for (size_t i = from; i < n; i++)
		p[i] = pat(i);
}

int main(void)
{
	static const size_t sizes[] = { 1, 8, 16, 17, 48, 64, 100, 128, 129, 500, 1000, 4096,
		10000, 65536, 131072, 131073, 300000, 1 << 20, 3 << 20, 1 << 20, 200000, 131072,
		70000, 4000, 256, 33, 16, 2, 1 };
	unsigned char *p = realloc(0, 1);
	T_ASSERT(p != 0);
	size_t have = 1;
	fill(p, 0, 1);
	for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
		size_t n = sizes[k];
		p = realloc(p, n);
		T_ASSERT(p != 0);
		if (!p)
			return t_status();
		T_EQ_INT((uintptr_t)p % 16, 0);
		T_ASSERT(check(p, n < have ? n : have));
		fill(p, 0, n);
		have = n;
	}
	free(p);

	/* Growing one byte at a time through many classes. */
	unsigned char *q = 0;
	for (size_t n = 1; n <= 20000; n++) {
		q = realloc(q, n);
		T_ASSERT(q != 0);
		q[n - 1] = pat(n - 1);
	}
	T_ASSERT(check(q, 20000));
	free(q);

	/* Growing a large block by mremap-sized steps. */
	unsigned char *r = malloc(200000);
	fill(r, 0, 200000);
	for (size_t n = 400000; n <= 16 << 20; n *= 2) {
		r = realloc(r, n);
		T_ASSERT(r != 0);
		T_ASSERT(check(r, n / 2));
		fill(r, n / 2, n);
	}
	free(r);
	return t_status();
}
