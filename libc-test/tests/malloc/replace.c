// A program that defines its own malloc, free, calloc and realloc gets them everywhere,
// including inside libc (reallocarray goes through realloc), static and dynamic.
#include <stdlib.h>
#include <string.h>
#include "t.h"

static _Alignas(16) unsigned char arena[1 << 20];
static unsigned long used;
static int n_malloc, n_free, n_calloc, n_realloc;

static void *bump(size_t n)
{
	/* A 16-byte header holds the size, for realloc. */
	size_t need = (n + 16 + 15) & ~(size_t)15;
	if (need > sizeof arena - used)
		return 0;
	unsigned char *p = arena + used;
	used += need;
	*(size_t *)p = n;
	return p + 16;
}

void *malloc(size_t n)
{
	n_malloc++;
	return bump(n);
}

void free(void *p)
{
	if (p)
		n_free++;
}

void *calloc(size_t m, size_t n)
{
	n_calloc++;
	unsigned char *p = bump(m * n);
	if (p)
		for (size_t i = 0; i < m * n; i++)
			p[i] = 0;
	return p;
}

void *realloc(void *old, size_t n)
{
	n_realloc++;
	unsigned char *p = bump(n);
	if (p && old) {
		size_t was = *(size_t *)((unsigned char *)old - 16);
		for (size_t i = 0; i < was && i < n; i++)
			p[i] = ((unsigned char *)old)[i];
	}
	return p;
}

static int in_arena(const void *p)
{
	return (const unsigned char *)p >= arena && (const unsigned char *)p < arena + sizeof arena;
}

int main(void)
{
	void *volatile p = malloc(10);
	T_ASSERT(in_arena(p));
	T_EQ_INT(n_malloc, 1);

	/* libc's own reallocarray must use the program's realloc. */
	char *q = reallocarray(0, 4, 8);
	T_ASSERT(q != 0);
	T_ASSERT(in_arena(q));
	q = reallocarray(q, 8, 8);
	T_ASSERT(in_arena(q));
	free(q);
	free(p);
	T_EQ_INT(n_free, 2);
	return t_status();
}
