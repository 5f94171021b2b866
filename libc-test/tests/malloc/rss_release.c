// Memory freed goes back to the kernel: 200 blocks of 1 MiB, every page touched, then all
// freed; the resident size (/proc/self/statm) returns to within 24 MiB of the start, both
// right after the frees and after malloc_trim(0) where the libc has one (musl has not: it
// is looked up weakly). Also medium blocks (256 KiB) freed in a burst.
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "t.h"

extern int malloc_trim(size_t) __attribute__((weak));

#define N 200
#define MIB (1024 * 1024)

static long rss_kib(void)
{
	char buf[128];
	long pages = 0;
	int fd = open("/proc/self/statm", O_RDONLY);
	if (fd < 0)
		return -1;
	long n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	int i = 0;
	while (buf[i] && buf[i] != ' ')
		i++;
	for (i++; buf[i] >= '0' && buf[i] <= '9'; i++)
		pages = pages * 10 + (buf[i] - '0');
	return pages * (sysconf(_SC_PAGESIZE) / 1024);
}

static char *blk[4 * N];

static void burst(size_t size, int count, long start)
{
	for (int i = 0; i < count; i++) {
		blk[i] = malloc(size);
		T_ASSERT(blk[i] != 0);
		for (size_t k = 0; k < size; k += 4096)
			blk[i][k] = (char)k;
	}
	long peak = rss_kib();
	T_ASSERT(peak - start >= (long)(size / 1024) * count * 9 / 10);
	for (int i = 0; i < count; i++)
		free(blk[i]);
	long after = rss_kib();
	T_ASSERT(after - start <= 24 * 1024);
	if (malloc_trim) {
		malloc_trim(0);
		after = rss_kib();
	}
	T_ASSERT(after - start <= 24 * 1024);
}

int main(void)
{
	long start = rss_kib();
	T_ASSERT(start > 0);
	burst(MIB, N, start);
	burst(256 * 1024, 4 * N, start);
	return t_status();
}
