/* malloc.c: single-thread allocator loads from issue 5: small random sizes, a FIFO burst,
 * realloc growth, and 64 KiB-1 MiB blocks.  Each case says what one op is. */
#include <stdlib.h>
#include "bench.h"

#define SLOTS 1024
#define SIZES 4096

static void *slot[SLOTS];
static size_t small_size[SIZES], large_size[SIZES];

/* op: free one of 1024 live blocks and malloc a new one of 16-512 B. */
static void b_small(void *ctx, uint64_t iters)
{
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++) {
		size_t k = i % SLOTS;
		free(slot[k]);
		slot[k] = malloc(small_size[i % SIZES]);
		*(volatile char *)slot[k] = 1;
	}
}

/* op: 1000 mallocs of 64 B, then 1000 frees in the same order. */
static void b_fifo(void *ctx, uint64_t iters)
{
	void **v = ctx;
	uint64_t i;
	int k;
	for (i = 0; i < iters; i++) {
		for (k = 0; k < 1000; k++)
			v[k] = malloc(64);
		for (k = 0; k < 1000; k++)
			free(v[k]);
	}
}

/* op: grow one block from 64 B to 64 KiB in 64-byte steps (1024 reallocs), free it. */
static void b_realloc(void *ctx, uint64_t iters)
{
	uint64_t i;
	size_t n;
	(void)ctx;
	for (i = 0; i < iters; i++) {
		char *p = 0;
		for (n = 64; n <= 65536; n += 64) {
			p = realloc(p, n);
			p[n - 1] = 1;
		}
		free(p);
	}
}

/* op: malloc a 64 KiB-1 MiB block, touch its first and last byte, free it. */
static void b_large(void *ctx, uint64_t iters)
{
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++) {
		size_t n = large_size[i % SIZES];
		char *p = malloc(n);
		p[0] = 1;
		p[n - 1] = 1;
		bench_sink = (uintptr_t)p;
		free(p);
	}
}

int main(int argc, char **argv)
{
	static void *burst[1000];
	int i;
	bench_init(argc, argv);
	for (i = 0; i < SIZES; i++) {
		small_size[i] = 16 + bench_rand() % 497;
		large_size[i] = 65536 + bench_rand() % (1048576 - 65536 + 1);
	}
	for (i = 0; i < SLOTS; i++)
		slot[i] = malloc(small_size[i]);
	bench_case("malloc/small-16-512", b_small, 0);
	bench_case("malloc/fifo-1000x64", b_fifo, burst);
	bench_case("realloc/grow-64K", b_realloc, 0);
	bench_case("malloc/large-64K-1M", b_large, 0);
	return 0;
}
