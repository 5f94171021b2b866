/* stdio.c: issue 4's measures — snprintf of %d, %.17g, %f and a mixed format;
 * fprintf to /dev/null; fputs, fwrite and putc to a file; fgets, getline and getc over
 * a 50 MB file; sscanf of %d and %lf. Files live in the benchmark's working directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "bench.h"

static char buf[256];
static int (*volatile p_snprintf)(char *, size_t, const char *, ...) = snprintf;
static int (*volatile p_sscanf)(const char *, const char *, ...) = sscanf;

static void b_snprintf_d(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		bench_sink += (uintptr_t)p_snprintf(buf, sizeof buf, "%d", (int)(i * 2654435761u));
}

static void b_snprintf_g17(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		bench_sink += (uintptr_t)p_snprintf(buf, sizeof buf, "%.17g", 1.0 / (double)(i + 3));
}

static void b_snprintf_f(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		bench_sink += (uintptr_t)p_snprintf(buf, sizeof buf, "%f", (double)i * 1.25 + 0.1);
}

static void b_snprintf_mixed(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		bench_sink += (uintptr_t)p_snprintf(buf, sizeof buf, "id=%u name=%s x=%08x v=%.3f %c",
			(unsigned)i, "widget", (unsigned)i * 7u, (double)i / 8.0, 'z');
}

static FILE *devnull;
static void b_fprintf_null(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		fprintf(devnull, "line %d: %s\n", (int)i, "some text");
}

static FILE *out;
static const char line[] = "the quick brown fox jumps over the lazy dog 0123456789\n";
static void b_fputs(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		if ((i & 0xffff) == 0)
			rewind(out);
		fputs(line, out);
	}
}

static void b_fwrite(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		if ((i & 0xffff) == 0)
			rewind(out);
		fwrite(line, 1, sizeof line - 1, out);
	}
}

static void b_putc(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		if ((i & 0x3fffff) == 0)
			rewind(out);
		putc('a' + (int)(i & 15), out);
	}
}

static FILE *in;
static void b_getc(void *ctx, uint64_t iters)
{
	(void)ctx;
	uintptr_t sum = 0;
	for (uint64_t i = 0; i < iters; i++) {
		int c = getc(in);
		if (c == EOF) {
			rewind(in);
			c = getc(in);
		}
		sum += (uintptr_t)c;
	}
	bench_sink += sum;
}

static void b_fgets(void *ctx, uint64_t iters)
{
	(void)ctx;
	char l[128];
	for (uint64_t i = 0; i < iters; i++) {
		if (!fgets(l, sizeof l, in)) {
			rewind(in);
			fgets(l, sizeof l, in);
		}
		bench_sink += (uintptr_t)l[0];
	}
}

static void b_getline(void *ctx, uint64_t iters)
{
	(void)ctx;
	static char *l;
	static size_t cap;
	for (uint64_t i = 0; i < iters; i++) {
		if (getline(&l, &cap, in) < 0) {
			rewind(in);
			getline(&l, &cap, in);
		}
		bench_sink += (uintptr_t)l[0];
	}
}

static void b_sscanf_d(void *ctx, uint64_t iters)
{
	(void)ctx;
	int n;
	for (uint64_t i = 0; i < iters; i++) {
		p_sscanf("12345678 tail", "%d", &n);
		bench_sink += (uintptr_t)n;
	}
}

static void b_sscanf_lf(void *ctx, uint64_t iters)
{
	(void)ctx;
	double d;
	for (uint64_t i = 0; i < iters; i++) {
		p_sscanf("3.14159265358979 tail", "%lf", &d);
		bench_sink += (uintptr_t)d;
	}
}

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	bench_case("stdio/snprintf_d", b_snprintf_d, 0);
	bench_case("stdio/snprintf_.17g", b_snprintf_g17, 0);
	bench_case("stdio/snprintf_f", b_snprintf_f, 0);
	bench_case("stdio/snprintf_mixed", b_snprintf_mixed, 0);
	bench_case("stdio/sscanf_d", b_sscanf_d, 0);
	bench_case("stdio/sscanf_lf", b_sscanf_lf, 0);
	devnull = fopen("/dev/null", "w");
	if (devnull)
		bench_case("stdio/fprintf_devnull", b_fprintf_null, 0);
	out = fopen("bench-stdio-out.txt", "w");
	if (out) {
		bench_case("stdio/fputs_file", b_fputs, 0);
		bench_case("stdio/fwrite_file", b_fwrite, 0);
		bench_case("stdio/putc_file", b_putc, 0);
		fclose(out);
	}
	FILE *w = fopen("bench-stdio-in.txt", "w");
	if (w) {
		/* 50 MB: larger than any stdio buffer, so reads go through the kernel. */
		for (int i = 0; i < 50000000 / (int)(sizeof line - 1); i++)
			fputs(line, w);
		fclose(w);
		in = fopen("bench-stdio-in.txt", "r");
		if (in) {
			bench_case("stdio/fgets_file", b_fgets, 0);
			bench_case("stdio/getline_file", b_getline, 0);
			rewind(in);
			bench_case("stdio/getc_file", b_getc, 0);
			fclose(in);
		}
		unlink("bench-stdio-in.txt");
	}
	unlink("bench-stdio-out.txt");
	return 0;
}
