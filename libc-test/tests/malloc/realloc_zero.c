// realloc(p, 0) returns a unique non-null block and frees p, as musl does (glibc frees p
// and returns NULL: known difference).
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char *p = malloc(100);
	p[0] = 'x';
	void *q = realloc(p, 0);
	T_ASSERT(q != 0);
	void *r = realloc(0, 0);
	T_ASSERT(r != 0 && r != q);
	free(q);
	free(r);
	return t_status();
}
