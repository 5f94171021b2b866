// Requests that cannot be met fail cleanly with NULL and ENOMEM; a failed realloc leaves
// the old block intact.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "t.h"

int main(void)
{
	static const size_t huge[] = { SIZE_MAX, SIZE_MAX - 4096, SIZE_MAX / 2, SIZE_MAX / 2 + 1,
		(size_t)1 << 62 };
	for (unsigned i = 0; i < sizeof huge / sizeof huge[0]; i++) {
		errno = 0;
		T_EQ_PTR(malloc(huge[i]), 0);
		T_EQ_INT(errno, ENOMEM);
	}
	char *p = malloc(10);
	p[0] = 'k';
	errno = 0;
	T_EQ_PTR(realloc(p, SIZE_MAX / 2), 0);
	T_EQ_INT(errno, ENOMEM);
	T_EQ_INT(p[0], 'k');
	errno = 0;
	T_EQ_PTR(reallocarray(p, SIZE_MAX / 2, 3), 0);
	T_EQ_INT(errno, ENOMEM);
	T_EQ_INT(p[0], 'k');
	char *q = reallocarray(p, 10, 10);
	T_ASSERT(q != 0);
	T_EQ_INT(q[0], 'k');
	free(q);

	char *big = malloc(1 << 20);
	big[0] = 'b';
	errno = 0;
	T_EQ_PTR(realloc(big, SIZE_MAX - 100), 0);
	T_EQ_INT(errno, ENOMEM);
	T_EQ_INT(big[0], 'b');
	free(big);

	errno = 0;
	T_EQ_PTR(aligned_alloc(4096, SIZE_MAX / 2), 0);
	T_EQ_INT(errno, ENOMEM);
	return t_status();
}
