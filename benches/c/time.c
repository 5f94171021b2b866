/* time.c: clock_gettime (through the libc, so the vDSO where the libc uses it) and
 * time().  One op is one call. */
#include <time.h>
#include "bench.h"

static int (*volatile p_clock_gettime)(clockid_t, struct timespec *) = clock_gettime;
static time_t (*volatile p_time)(time_t *) = time;

static void b_clock(void *ctx, uint64_t iters)
{
	clockid_t id = (clockid_t)(uintptr_t)ctx;
	struct timespec ts;
	uint64_t i;
	for (i = 0; i < iters; i++) {
		p_clock_gettime(id, &ts);
		bench_sink = (uintptr_t)ts.tv_nsec;
	}
}

static void b_time(void *ctx, uint64_t iters)
{
	uint64_t i;
	(void)ctx;
	for (i = 0; i < iters; i++)
		bench_sink = (uintptr_t)p_time(0);
}

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	bench_case("clock_gettime/MONOTONIC", b_clock, (void *)(uintptr_t)CLOCK_MONOTONIC);
	bench_case("clock_gettime/REALTIME", b_clock, (void *)(uintptr_t)CLOCK_REALTIME);
	bench_case("time", b_time, 0);
	return 0;
}
