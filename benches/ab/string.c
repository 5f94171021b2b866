/* ab/string.c: rcc's string functions against the host glibc's in one process, in
 * alternation (`cargo xtask bench --interleaved`). rcc's libc.a is linked with every
 * symbol renamed `rcc_*` (objcopy --prefix-symbols), so both libcs' functions sit side by
 * side; with -DWITH_OLD a second archive renamed `old_*` (an earlier revision) joins them.
 * The string functions touch no thread state, so rcc's run fine in a glibc process.
 *
 * Each round times one batch per libc, back to back; a case's value is its best batch
 * over the rounds. Batches a few microseconds apart see the same machine speed, which
 * separate processes (the process-level report) do not.
 *
 * Usage: string [-r ROUNDS] [-f FILTER]; prints "<case> rcc <ns> glibc <ns> [old <ns>]". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXN ((size_t)1 << 20)

static _Alignas(64) char buf_s[MAXN + 8192];
static _Alignas(64) char buf_d[MAXN + 8192];

/* One libc's ten functions. */
struct fns {
	void *(*memcpy)(void *, const void *, size_t);
	void *(*memmove)(void *, const void *, size_t);
	void *(*memset)(void *, int, size_t);
	int (*memcmp)(const void *, const void *, size_t);
	size_t (*strlen)(const char *);
	void *(*memchr)(const void *, int, size_t);
	char *(*strchr)(const char *, int);
	char *(*strrchr)(const char *, int);
	int (*strcmp)(const char *, const char *);
	char *(*strcpy)(char *, const char *);
};

#define DECLARE(p)                                                        \
	void *p##memcpy(void *, const void *, size_t);                    \
	void *p##memmove(void *, const void *, size_t);                   \
	void *p##memset(void *, int, size_t);                             \
	int p##memcmp(const void *, const void *, size_t);                \
	size_t p##strlen(const char *);                                   \
	void *p##memchr(const void *, int, size_t);                       \
	char *p##strchr(const char *, int);                               \
	char *p##strrchr(const char *, int);                              \
	int p##strcmp(const char *, const char *);                        \
	char *p##strcpy(char *, const char *);
#define TABLE(p)                                                          \
	{                                                                 \
		p##memcpy, p##memmove, p##memset, p##memcmp, p##strlen,   \
		p##memchr, p##strchr, p##strrchr, p##strcmp, p##strcpy    \
	}

DECLARE(rcc_)
static struct fns rcc = TABLE(rcc_);
static struct fns glibc = TABLE();
#ifdef WITH_OLD
DECLARE(old_)
static struct fns old = TABLE(old_);
#endif

static const char *const names[] = {"memcpy", "memmove", "memset", "memcmp",  "strlen",
				    "memchr", "strchr",  "strrchr", "strcmp", "strcpy"};

static const struct {
	const char *name;
	size_t n;
} sizes[] = {{"16", 16}, {"256", 256}, {"4K", 4096}, {"1M", MAXN}};

volatile uintptr_t sink;

/* The arguments of string.c's cases: unaligned puts the source 1 byte and the
 * destination 3 bytes past a 64-byte boundary; strings are n-1 'a's and a NUL. */
static char *src, *dst;
static size_t len;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

static void fill(char *p, size_t n)
{
	memset(p, 'a', n - 1);
	p[n - 1] = 0;
}

/* ns per call of function `f` of `t`, over `iters` calls. */
static double batch(const struct fns *t, int f, uint64_t iters)
{
	double t0 = now();
	for (uint64_t i = 0; i < iters; i++) {
		uintptr_t r = 0;
		switch (f) {
		case 0: r = (uintptr_t)t->memcpy(dst, src, len); break;
		case 1: r = (uintptr_t)t->memmove(dst + 64, dst, len); break;
		case 2: r = (uintptr_t)t->memset(dst, 'x', len); break;
		case 3: r = (uintptr_t)t->memcmp(dst, src, len); break;
		case 4: r = t->strlen(src); break;
		case 5: r = (uintptr_t)t->memchr(src, 'b', len); break;
		case 6: r = (uintptr_t)t->strchr(src, 'b'); break;
		case 7: r = (uintptr_t)t->strrchr(src, 'a'); break;
		case 8: r = (uintptr_t)t->strcmp(dst, src); break;
		case 9: r = (uintptr_t)t->strcpy(dst, src); break;
		}
		sink = r;
		__asm__ volatile("" ::: "memory");
	}
	return (now() - t0) / (double)iters;
}

/* PAD bytes of code, linked before rcc's functions: `--interleaved` builds this program
 * at several PADs, so that where a function falls in 64-byte lines does not decide a
 * comparison (the same code moved by 16 bytes runs up to 20 % faster or slower). */
#ifndef PAD
#define PAD 0
#endif
#define STR_(x) #x
#define STR(x) STR_(x)
__attribute__((noinline)) void pad_text(void)
{
	__asm__ volatile(".skip " STR(PAD) ", 0x90");
}

int main(int argc, char **argv)
{
	if (argc < 0)
		pad_text();
	int rounds = 15;
	const char *filter = NULL;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "-r"))
			rounds = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "-f"))
			filter = argv[i + 1];
	}
	for (int f = 0; f < 10; f++) {
		for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			for (int u = 0; u < 2; u++) {
				char name[64];
				snprintf(name, sizeof name, "%s/%s/%c", names[f], sizes[z].name,
					 u ? 'u' : 'a');
				if (filter && !strstr(name, filter))
					continue;
				src = buf_s + u;
				dst = buf_d + 3 * u;
				len = sizes[z].n;
				fill(src, len);
				fill(dst, len);
				/* Batches of about 2 ms. */
				double one = batch(&glibc, f, 16);
				uint64_t iters = (uint64_t)(2e6 / (one + 1.0));
				if (iters < 4)
					iters = 4;
				double best_r = 1e300, best_g = 1e300, best_o = 1e300;
				for (int r = 0; r < rounds; r++) {
					/* Alternate which goes first. */
					double a, b;
					if (r & 1) {
						b = batch(&glibc, f, iters);
						a = batch(&rcc, f, iters);
					} else {
						a = batch(&rcc, f, iters);
						b = batch(&glibc, f, iters);
					}
					best_r = a < best_r ? a : best_r;
					best_g = b < best_g ? b : best_g;
#ifdef WITH_OLD
					double o = batch(&old, f, iters);
					best_o = o < best_o ? o : best_o;
#endif
					/* memset and strcpy rewrite dst: restore it. */
					fill(src, len);
					fill(dst, len);
				}
				printf("%s rcc %.3f glibc %.3f", name, best_r, best_g);
				if (best_o < 1e300)
					printf(" old %.3f", best_o);
				printf("\n");
			}
		}
	}
	return 0;
}
