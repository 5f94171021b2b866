/* malloc_rss.c: memory use from issue 5, read from /proc/self/statm (not timings: the
 * value is KiB of resident memory, and the ratio is still "other / rcc", > 1 = rcc uses
 * less).  A fragmentation-heavy load: 60000 blocks of 16-1040 B, three in four freed at
 * random, then 6000 blocks of 1-4 KiB; peak is the largest RSS seen; after-free is the
 * RSS once everything is freed (no malloc_trim).  Printed once, outside callgrind runs. */
#include <fcntl.h>
#include <stdlib.h>
#include "bench.h"

#define SMALL 60000
#define BIG 6000

static void *small_blk[SMALL], *big_blk[BIG];

static uint64_t rss_kib(void)
{
	char buf[128];
	ssize_t n;
	int i = 0, fd = open("/proc/self/statm", O_RDONLY);
	uint64_t pages;
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	while (buf[i] && buf[i] != ' ') /* skip size, read resident */
		i++;
	pages = bench_atou(buf + i + 1);
	return pages * 4;
}

static uint64_t peak;

static void sample(void)
{
	uint64_t r = rss_kib();
	if (r > peak)
		peak = r;
}

static void touch(char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i += 256)
		p[i] = 1;
	p[n - 1] = 1;
}

int main(int argc, char **argv)
{
	int i;
	bench_init(argc, argv);
	if (bench_fixed_iters || !bench_selected("mem/"))
		return 0;
	sample();
	for (i = 0; i < SMALL; i++) {
		size_t n = 16 + bench_rand() % 1025;
		small_blk[i] = malloc(n);
		touch(small_blk[i], n);
	}
	sample();
	for (i = 0; i < SMALL; i++)
		if (bench_rand() % 4) {
			free(small_blk[i]);
			small_blk[i] = 0;
		}
	sample();
	for (i = 0; i < BIG; i++) {
		size_t n = 1024 + bench_rand() % 3073;
		big_blk[i] = malloc(n);
		touch(big_blk[i], n);
	}
	sample();
	for (i = 0; i < SMALL; i++)
		free(small_blk[i]);
	for (i = 0; i < BIG; i++)
		free(big_blk[i]);
	if (bench_selected("mem/frag-peak"))
		bench_print("mem/frag-peak", peak * 1000, "KiB");
	if (bench_selected("mem/after-free"))
		bench_print("mem/after-free", rss_kib() * 1000, "KiB");
	return 0;
}
