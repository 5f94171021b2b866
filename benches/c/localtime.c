/* localtime.c: localtime_r, mktime and strftime in TZ=Europe/Berlin (set by cargo xtask
 * bench), over timestamps spread across several years.  One op is one call. */
#include <time.h>
#include "bench.h"

static time_t stamps[256];
static struct tm tms[256];

static void b_localtime(void *ctx, uint64_t iters)
{
	struct tm tm;
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++) {
		localtime_r(&stamps[i & 255], &tm);
		bench_sink = (uintptr_t)tm.tm_hour;
	}
}

static void b_mktime(void *ctx, uint64_t iters)
{
	struct tm tm;
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++) {
		tm = tms[i & 255];
		bench_sink = (uintptr_t)mktime(&tm);
	}
}

static void b_strftime(void *ctx, uint64_t iters)
{
	char buf[128];
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++)
		bench_sink = strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %a %b %j",
				      &tms[i & 255]);
}

int main(int argc, char **argv)
{
	int i;
	bench_init(argc, argv);
	tzset();
	for (i = 0; i < 256; i++) {
		stamps[i] = (time_t)(1500000000 + bench_rand() % 300000000);
		localtime_r(&stamps[i], &tms[i]);
	}
	bench_case("localtime_r", b_localtime, 0);
	bench_case("mktime", b_mktime, 0);
	bench_case("strftime", b_strftime, 0);
	return 0;
}
