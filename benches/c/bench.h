/* bench.h: the timing and output kit shared by the process-level benchmarks.
 *
 * Every program in benches/c/ includes this once and builds against rcc, musl and glibc,
 * so it uses nothing from the libc but write(2): the clock is a raw clock_gettime
 * syscall and numbers are formatted here.  Output lines are `<case> <value> ns/op`.
 *
 * Command line (set by `cargo xtask bench`):
 *   -t MS      target time of one timed batch (default 10)
 *   -b N       batches per case; the fastest is reported (default 3)
 *   -f TEXT    only cases whose name contains TEXT
 *   -n ITERS   fixed mode for callgrind: run each case ITERS times, untimed, each inside
 *              one call of bench_measure() (dumped with --dump-after=bench_measure)
 */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>
#include <stdint.h>
#include <unistd.h>

typedef void (*bench_fn)(void *ctx, uint64_t iters);

static uint64_t bench_target_ns = 10000000;
static int bench_batches = 3;
static const char *bench_filter;
static uint64_t bench_fixed_iters;

/* Anything stored here is observable, so the compiler keeps the work that made it. */
static volatile uintptr_t bench_sink __attribute__((unused));

static inline uint64_t bench_now_ns(void)
{
	struct { long sec, nsec; } ts;
	long ret;
	/* clock_gettime(CLOCK_MONOTONIC, &ts) as a raw syscall: works on every libc. */
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "0"(228L), "D"(1L), "S"(&ts)
			 : "rcx", "r11", "memory");
	(void)ret;
	return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

static inline size_t bench_strlen(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

static inline int bench_contains(const char *hay, const char *needle)
{
	size_t i, j;
	for (i = 0; hay[i]; i++) {
		for (j = 0; needle[j] && hay[i + j] == needle[j]; j++)
			;
		if (!needle[j])
			return 1;
	}
	return !needle[0];
}

static inline uint64_t bench_atou(const char *s)
{
	uint64_t v = 0;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (uint64_t)(*s++ - '0');
	return v;
}

static inline void bench_write(const char *s, size_t n)
{
	while (n) {
		ssize_t k = write(1, s, n);
		if (k <= 0)
			return;
		s += k;
		n -= (size_t)k;
	}
}

/* Appends the decimal digits of v to p; returns the new end. */
static inline char *bench_utoa(char *p, uint64_t v)
{
	char tmp[24];
	int n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = tmp[--n];
	return p;
}

/* Prints `name value unit`, value given in thousandths (three decimals). */
static inline void bench_print(const char *name, uint64_t milli, const char *unit)
{
	char line[256];
	char *p = line;
	size_t n = bench_strlen(name);
	int i;
	if (n > 160)
		n = 160;
	for (i = 0; i < (int)n; i++)
		*p++ = name[i];
	*p++ = ' ';
	p = bench_utoa(p, milli / 1000);
	*p++ = '.';
	*p++ = (char)('0' + milli / 100 % 10);
	*p++ = (char)('0' + milli / 10 % 10);
	*p++ = (char)('0' + milli % 10);
	*p++ = ' ';
	for (; *unit; unit++)
		*p++ = *unit;
	*p++ = '\n';
	bench_write(line, (size_t)(p - line));
}

static inline void bench_init(int argc, char **argv)
{
	int i;
	for (i = 1; i + 1 < argc; i += 2) {
		const char *a = argv[i], *v = argv[i + 1];
		if (a[0] != '-' || !a[1] || a[2])
			break;
		switch (a[1]) {
		case 't': bench_target_ns = bench_atou(v) * 1000000u; break;
		case 'b': bench_batches = (int)bench_atou(v); break;
		case 'f': bench_filter = v; break;
		case 'n': bench_fixed_iters = bench_atou(v); break;
		}
	}
	if (bench_target_ns == 0)
		bench_target_ns = 1000000;
	if (bench_batches < 1)
		bench_batches = 1;
}

static inline int bench_selected(const char *name)
{
	return !bench_filter || bench_contains(name, bench_filter);
}

/* Runs fn for iters iterations.  Not inlined and not static: callgrind keys on its name. */
__attribute__((noinline, used)) void bench_measure(bench_fn fn, void *ctx, uint64_t iters)
{
	fn(ctx, iters);
	__asm__ volatile("" ::: "memory");
}

static inline uint64_t bench_time(bench_fn fn, void *ctx, uint64_t iters)
{
	uint64_t t0 = bench_now_ns();
	bench_measure(fn, ctx, iters);
	return bench_now_ns() - t0;
}

/* Times one case: calibrates an iteration count that fills the target batch time, then
 * reports the fastest of the batches in ns per iteration. */
static inline void bench_case(const char *name, bench_fn fn, void *ctx)
{
	uint64_t iters = 1, t, best = ~(uint64_t)0;
	int b;
	if (!bench_selected(name))
		return;
	if (bench_fixed_iters) {
		bench_measure(fn, ctx, bench_fixed_iters);
		bench_print(name, bench_fixed_iters * 1000, "iters");
		return;
	}
	fn(ctx, 1); /* warm caches and lazy dispatch */
	for (;;) {
		t = bench_time(fn, ctx, iters);
		if (t >= bench_target_ns / 8 || iters >= ((uint64_t)1 << 40))
			break;
		iters *= 2;
	}
	if (t < bench_target_ns) {
		uint64_t scaled = t ? iters * bench_target_ns / t : iters * 8;
		iters = scaled > iters ? scaled : iters;
	}
	for (b = 0; b < bench_batches; b++) {
		t = bench_time(fn, ctx, iters);
		if (t < best)
			best = t;
	}
	bench_print(name, best * 1000 / iters, "ns/op");
}

/* A case whose every iteration needs fresh input (a sort): setup runs untimed before each
 * timed call of fn(ctx, 1); reports the fastest of `bench_batches` calls. */
static inline void bench_case_setup(const char *name, void (*setup)(void *ctx), bench_fn fn,
			     void *ctx)
{
	uint64_t t, best = ~(uint64_t)0;
	int b, n = bench_batches;
	if (!bench_selected(name))
		return;
	if (bench_fixed_iters) {
		setup(ctx);
		bench_measure(fn, ctx, 1);
		bench_print(name, 1000, "iters");
		return;
	}
	for (b = 0; b < n; b++) {
		setup(ctx);
		t = bench_time(fn, ctx, 1);
		if (t < best)
			best = t;
	}
	bench_print(name, best * 1000, "ns/op");
}

/* xorshift64*: the same pseudo-random input on every libc. */
static uint64_t bench_rng_state __attribute__((unused)) = 0x9e3779b97f4a7c15u;

static inline uint64_t bench_rand(void)
{
	uint64_t x = bench_rng_state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	bench_rng_state = x;
	return x * 0x2545f4914f6cdd1du;
}

#endif
