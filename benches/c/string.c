/* string.c: issue 3's string functions at 16 B, 256 B, 4 KiB and 1 MiB, aligned (a) and
 * unaligned (u).  Calls go through volatile function pointers, so the compiler can neither
 * fold nor inline them: every libc runs its own code.  Case names: func/size/align. */
#include <string.h>
#include "bench.h"

#define MAXN ((size_t)1 << 20)

static _Alignas(64) char buf_s[MAXN + 8192];
static _Alignas(64) char buf_d[MAXN + 8192];

static void *(*volatile p_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile p_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile p_memset)(void *, int, size_t) = memset;
static int (*volatile p_memcmp)(const void *, const void *, size_t) = memcmp;
static size_t (*volatile p_strlen)(const char *) = strlen;
static void *(*volatile p_memchr)(const void *, int, size_t) = memchr;
static char *(*volatile p_strchr)(const char *, int) = strchr;
static char *(*volatile p_strrchr)(const char *, int) = strrchr;
static int (*volatile p_strcmp)(const char *, const char *) = strcmp;
static char *(*volatile p_strcpy)(char *, const char *) = strcpy;

struct args {
	char *d;
	char *s;
	size_t n;
};

#define LOOP(body)                                   \
	do {                                         \
		struct args *a = ctx;                \
		uint64_t i;                          \
		for (i = 0; i < iters; i++) {        \
			body;                        \
			__asm__ volatile("" ::: "memory"); \
		}                                    \
	} while (0)

static void b_memcpy(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_memcpy(a->d, a->s, a->n)); }
static void b_memmove(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_memmove(a->d + 64, a->d, a->n)); }
static void b_memset(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_memset(a->d, 'x', a->n)); }
static void b_memcmp(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_memcmp(a->d, a->s, a->n)); }
static void b_strlen(void *ctx, uint64_t iters) { LOOP(bench_sink = p_strlen(a->s)); }
static void b_memchr(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_memchr(a->s, 'b', a->n)); }
static void b_strchr(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_strchr(a->s, 'b')); }
static void b_strrchr(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_strrchr(a->s, 'a')); }
static void b_strcmp(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_strcmp(a->d, a->s)); }
static void b_strcpy(void *ctx, uint64_t iters) { LOOP(bench_sink = (uintptr_t)p_strcpy(a->d, a->s)); }

/* n-1 bytes of 'a' and a NUL: a string of length n-1 in an object of n bytes. */
static void fill(char *p, size_t n)
{
	size_t i;
	for (i = 0; i + 1 < n; i++)
		p[i] = 'a';
	p[n - 1] = 0;
}

static const struct {
	const char *name;
	bench_fn fn;
} funcs[] = {
	{"memcpy", b_memcpy}, {"memmove", b_memmove}, {"memset", b_memset},
	{"memcmp", b_memcmp}, {"strlen", b_strlen},   {"memchr", b_memchr},
	{"strchr", b_strchr}, {"strrchr", b_strrchr}, {"strcmp", b_strcmp},
	{"strcpy", b_strcpy},
};

static const struct {
	const char *name;
	size_t n;
} sizes[] = {{"16", 16}, {"256", 256}, {"4K", 4096}, {"1M", MAXN}};

int main(int argc, char **argv)
{
	size_t f, z, k;
	int u;
	bench_init(argc, argv);
	for (f = 0; f < sizeof funcs / sizeof funcs[0]; f++) {
		for (z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
			for (u = 0; u < 2; u++) {
				char name[64], *p = name;
				const char *parts[3];
				struct args a;
				parts[0] = funcs[f].name;
				parts[1] = sizes[z].name;
				parts[2] = u ? "u" : "a";
				for (k = 0; k < 3; k++) {
					const char *q = parts[k];
					if (k)
						*p++ = '/';
					while (*q)
						*p++ = *q++;
				}
				*p = 0;
				if (!bench_selected(name))
					continue;
				/* Unaligned: source 1 byte and destination 3 bytes past a
				 * 64-byte boundary, so they are misaligned to each other too. */
				a.s = buf_s + (u ? 1 : 0);
				a.d = buf_d + (u ? 3 : 0);
				a.n = sizes[z].n;
				fill(a.s, a.n);
				fill(a.d, a.n);
				bench_case(name, funcs[f].fn, &a);
			}
		}
	}
	return 0;
}
