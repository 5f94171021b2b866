/* strtod.c: strtod of short decimal inputs and of 17-significant-digit inputs (the
 * round-trip form printf("%.17g") produces).  One op is one strtod call. */
#include <stdlib.h>
#include "bench.h"

static double (*volatile p_strtod)(const char *, char **) = strtod;
static volatile double dsink;

static const char *const short_in[8] = {
	"1.5", "42", "0.25", "3.14", "-7.5", "100", "2.75e3", "0.001",
};
static const char *const long_in[8] = {
	"0.12345678901234567", "1.2345678901234567e+100", "2.2250738585072014e-308",
	"1.7976931348623157e+308", "3.1415926535897931", "-0.33333333333333331",
	"6.0221407599999999e+23", "9007199254740993.0",
};

static void b_strtod(void *ctx, uint64_t iters)
{
	const char *const *in = ctx;
	uint64_t i;
	for (i = 0; i < iters; i++)
		dsink = p_strtod(in[i & 7], 0);
}

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	bench_case("strtod/short", b_strtod, (void *)short_in);
	bench_case("strtod/17-digit", b_strtod, (void *)long_in);
	return 0;
}
