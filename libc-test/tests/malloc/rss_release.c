// Memory freed goes back to the kernel: 200 blocks of 1 MiB, every page touched, then all
// freed; the resident size (/proc/self/statm) returns to within 24 MiB of the start, both
// right after the frees and after malloc_trim(0) where the libc has one (musl has not: it
// is looked up weakly). Also medium blocks (256 KiB) freed in a burst.
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"
#include "t_rss.h"

extern int malloc_trim(size_t) __attribute__((weak));

#define N 200
#define MIB (1024 * 1024)

static char *blk[4 * N];

static void burst(size_t size, int count, long start)
{
	for (int i = 0; i < count; i++) {
		blk[i] = malloc(size);
		T_ASSERT(blk[i] != 0);
		for (size_t k = 0; k < size; k += 4096)
			blk[i][k] = (char)k;
	}
	long peak = t_rss_kib();
	T_ASSERT(peak - start >= (long)(size / 1024) * count * 9 / 10);
	for (int i = 0; i < count; i++)
		free(blk[i]);
	long after = t_rss_kib();
	T_ASSERT(after - start <= 24 * 1024);
	if (malloc_trim) {
		malloc_trim(0);
		after = t_rss_kib();
	}
	T_ASSERT(after - start <= 24 * 1024);
}

int main(void)
{
	long start = t_rss_kib();
	T_ASSERT(start > 0);
	burst(MIB, N, start);
	burst(256 * 1024, 4 * N, start);
	return t_status();
}
