/* ab/sweep.c: rcc's string functions against the host glibc's in one process, at the
 * sizes between the benchmark's (8 to 2000 bytes) and at 8 placements of the data, for
 * `cargo xtask bench --sweep`. rcc's libc.a is linked with every symbol renamed `rcc_*`,
 * as for ab/string.c.
 *
 * Placements: the source at 0, 64, 128, 192 bytes past a 256-byte boundary with the
 * destination (or second string) alike in 256 bytes, then at 1, 65, 130, 250 with the
 * destination 3, 3, 65 and 5 bytes further on. Strings are n-1 'a's and a NUL (the
 * searched byte 'b' is absent; strrchr looks for 'a'); memcmp and strcmp compare equal
 * data.
 *
 * Usage: sweep FUNCTION; prints "<function> <n> <glibc time / rcc time at each
 * placement>", each time the best of 31 rounds, the two libcs alternating. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

size_t rcc_strlen(const char *);
char *rcc_strchr(const char *, int);
char *rcc_strrchr(const char *, int);
void *rcc_memchr(const void *, int, size_t);
int rcc_strcmp(const char *, const char *);
char *rcc_strcpy(char *, const char *);
int rcc_memcmp(const void *, const void *, size_t);
void *rcc_memset(void *, int, size_t);
void *rcc_memcpy(void *, const void *, size_t);
void *rcc_memmove(void *, const void *, size_t);

static const char *const names[] = {"strlen", "strchr", "strrchr", "memchr", "strcmp",
				    "strcpy", "memcmp", "memset", "memcpy", "memmove"};

static _Alignas(4096) char A[1 << 16];
static _Alignas(4096) char B[1 << 16];
volatile uintptr_t sink;

static char *s, *d;
static size_t len;
static int which;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* ns per call of function `which`, rcc's if `r`, else glibc's. */
__attribute__((noinline)) static double batch(int r, long iters)
{
	double t0 = now();
	for (long i = 0; i < iters; i++) {
		uintptr_t x = 0;
		switch (which) {
		case 0: x = r ? rcc_strlen(s) : strlen(s); break;
		case 1: x = (uintptr_t)(r ? rcc_strchr(s, 'b') : strchr(s, 'b')); break;
		case 2: x = (uintptr_t)(r ? rcc_strrchr(s, 'a') : strrchr(s, 'a')); break;
		case 3: x = (uintptr_t)(r ? rcc_memchr(s, 'b', len) : memchr(s, 'b', len)); break;
		case 4: x = (uintptr_t)(r ? rcc_strcmp(d, s) : strcmp(d, s)); break;
		case 5: x = (uintptr_t)(r ? rcc_strcpy(d, s) : strcpy(d, s)); break;
		case 6: x = (uintptr_t)(r ? rcc_memcmp(d, s, len) : memcmp(d, s, len)); break;
		case 7: x = (uintptr_t)(r ? rcc_memset(d, 'a', len) : memset(d, 'a', len)); break;
		case 8: x = (uintptr_t)(r ? rcc_memcpy(d, s, len) : memcpy(d, s, len)); break;
		case 9:
			x = (uintptr_t)(r ? rcc_memmove(d + 64, d, len) : memmove(d + 64, d, len));
			break;
		}
		sink = x;
		__asm__ volatile("" ::: "memory");
	}
	return (now() - t0) / (double)iters;
}

int main(int argc, char **argv)
{
	which = -1;
	for (int i = 0; argc > 1 && i < 10; i++)
		if (!strcmp(argv[1], names[i]))
			which = i;
	if (which < 0) {
		fprintf(stderr, "usage: sweep FUNCTION (strlen ... memmove)\n");
		return 2;
	}
	static const size_t sizes[] = {8, 16, 40, 64, 100, 128, 200, 256, 300, 512, 1000, 2000};
	static const int src_off[] = {0, 64, 128, 192, 1, 65, 130, 250};
	static const int dst_more[] = {0, 0, 0, 0, 3, 3, 65, 5};
	for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
		printf("%s %zu", names[which], sizes[z]);
		for (int o = 0; o < 8; o++) {
			s = A + src_off[o];
			d = B + 256 + (src_off[o] + dst_more[o] + 128) % 256;
			len = sizes[z];
			memset(A, 'a', sizeof A);
			memset(B, 'a', sizeof B);
			s[len - 1] = 0;
			d[len - 1] = 0;
			batch(1, 2000);
			batch(0, 2000);
			double best_r = 1e300, best_g = 1e300;
			for (int r = 0; r < 31; r++) {
				double a = batch(1, 20000), b = batch(0, 20000);
				best_r = a < best_r ? a : best_r;
				best_g = b < best_g ? b : best_g;
			}
			printf(" %.3f", best_g / best_r);
		}
		printf("\n");
	}
	return 0;
}
