/* qsort.c: qsort of 1M random ints, 1M already sorted ints and 1M random strings.
 * Static arrays only (no malloc); one op is one whole sort. */
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define N (1 << 20)

static int ints_src[N], ints[N];
static char pool[N * 17];
static const char *strs_src[N], *strs[N];

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void setup_ints(void *ctx) { (void)ctx; memcpy(ints, ints_src, sizeof ints); }
static void setup_strs(void *ctx) { (void)ctx; memcpy(strs, strs_src, sizeof strs); }

static void sort_ints(void *ctx, uint64_t iters)
{
	(void)ctx;
	while (iters--)
		qsort(ints, N, sizeof ints[0], cmp_int);
}

static void sort_strs(void *ctx, uint64_t iters)
{
	(void)ctx;
	while (iters--)
		qsort(strs, N, sizeof strs[0], cmp_str);
}

static void setup_sorted(void *ctx)
{
	int i;
	(void)ctx;
	for (i = 0; i < N; i++)
		ints[i] = i;
}

static int check_ints(void)
{
	int i;
	for (i = 1; i < N; i++)
		if (ints[i - 1] > ints[i])
			return 0;
	return 1;
}

int main(int argc, char **argv)
{
	int i, j;
	char *p = pool;
	bench_init(argc, argv);
	for (i = 0; i < N; i++)
		ints_src[i] = (int)(bench_rand() >> 33);
	for (i = 0; i < N; i++) {
		int len = 8 + (int)(bench_rand() % 9);
		strs_src[i] = p;
		for (j = 0; j < len; j++)
			*p++ = (char)('a' + bench_rand() % 26);
		*p++ = 0;
	}
	bench_case_setup("qsort/1M-ints", setup_ints, sort_ints, 0);
	if (!bench_fixed_iters && bench_selected("qsort/1M-ints") && !check_ints()) {
		bench_write("qsort: result not sorted\n", 25);
		return 1;
	}
	bench_case_setup("qsort/1M-ints-sorted", setup_sorted, sort_ints, 0);
	bench_case_setup("qsort/1M-strings", setup_strs, sort_strs, 0);
	return 0;
}
