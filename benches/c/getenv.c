/* getenv.c: lookups in a fixed environment of 42 variables set by `cargo xtask bench`
 * (AAA_FIRST, BENCH_FILL_00..39, ZZZ_LAST, in that order): first, last and missing. */
#include <stdlib.h>
#include "bench.h"

static char *(*volatile p_getenv)(const char *) = getenv;

static void b_getenv(void *ctx, uint64_t iters)
{
	const char *name = ctx;
	uint64_t i;
	for (i = 0; i < iters; i++)
		bench_sink = (uintptr_t)p_getenv(name);
}

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	if (!getenv("AAA_FIRST") || !getenv("ZZZ_LAST")) {
		bench_write("getenv: run me from cargo xtask bench\n", 39);
		return 1;
	}
	bench_case("getenv/first", b_getenv, "AAA_FIRST");
	bench_case("getenv/last", b_getenv, "ZZZ_LAST");
	bench_case("getenv/missing", b_getenv, "NOT_THERE_AT_ALL");
	return 0;
}
