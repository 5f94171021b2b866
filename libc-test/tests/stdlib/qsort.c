// qsort qsort_r bsearch: shapes, element sizes, comparator arguments inside the array.
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <t.h>

#define N 3000
static unsigned long long state = 12345;
static unsigned rnd(void)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(state >> 33);
}

static char *lo_bound, *hi_bound;
static int outside;

static int cmp_int(const void *a, const void *b)
{
	if ((const char *)a < lo_bound || (const char *)a >= hi_bound || (const char *)b < lo_bound || (const char *)b >= hi_bound)
		outside++;
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct big { int key; char pad[33]; };
static int cmp_big(const void *a, const void *b)
{
	const struct big *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

static int cmp_r(const void *a, const void *b, void *arg)
{
	int dir = *(int *)arg;
	long x = *(const long *)a, y = *(const long *)b;
	return dir * ((x > y) - (x < y));
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int a[N];
static struct big bg[N];
static long l[N];

static void fill(int shape, int n)
{
	for (int i = 0; i < n; i++) {
		switch (shape) {
		case 0: a[i] = (int)rnd(); break;
		case 1: a[i] = i; break;
		case 2: a[i] = n - i; break;
		case 3: a[i] = 5; break;
		case 4: a[i] = i < n / 2 ? i : n - i; break;
		case 5: a[i] = (int)(rnd() % 3) - 1; break;
		}
	}
}

int main(void)
{
	for (int shape = 0; shape < 6; shape++) {
		for (int n = 0; n <= N; n = n < 40 ? n + 1 : n * 3) {
			fill(shape, n);
			long sum = 0, sum2 = 0;
			for (int i = 0; i < n; i++)
				sum += a[i];
			lo_bound = (char *)a;
			hi_bound = (char *)(a + n);
			outside = 0;
			qsort(a, n, sizeof a[0], cmp_int);
			T_EQ_INT(outside, 0);
			for (int i = 0; i < n; i++)
				sum2 += a[i];
			T_EQ_INT(sum, sum2);
			for (int i = 1; i < n; i++)
				if (a[i - 1] > a[i]) {
					T_ASSERT(!"ints not sorted");
					break;
				}
		}
	}

	for (int i = 0; i < N; i++) {
		bg[i].key = (int)(rnd() % 500);
		memset(bg[i].pad, bg[i].key & 0x7f, sizeof bg[i].pad);
	}
	qsort(bg, N, sizeof bg[0], cmp_big);
	for (int i = 0; i < N; i++) {
		T_ASSERT(i == 0 || bg[i - 1].key <= bg[i].key);
		T_ASSERT(bg[i].pad[0] == (bg[i].key & 0x7f) && bg[i].pad[32] == (bg[i].key & 0x7f));
	}

	for (int i = 0; i < N; i++)
		l[i] = (long)rnd() - (1L << 30);
	int dir = -1;
	qsort_r(l, N, sizeof l[0], cmp_r, &dir);
	for (int i = 1; i < N; i++)
		T_ASSERT(l[i - 1] >= l[i]);

	const char *words[] = { "pear", "apple", "fig", "banana", "apple", "cherry", "" };
	qsort(words, 7, sizeof words[0], cmp_str);
	T_EQ_STR(words[0], "");
	T_EQ_STR(words[1], "apple");
	T_EQ_STR(words[2], "apple");
	T_EQ_STR(words[3], "banana");
	T_EQ_STR(words[6], "pear");

	/* bsearch over the sorted ints. */
	fill(1, 1000);
	for (int i = 0; i < 1000; i++)
		a[i] *= 2;
	lo_bound = (char *)a;
	hi_bound = (char *)(a + 1000);
	for (int k = -1; k <= 2000; k++) {
		int *p = bsearch(&k, a, 1000, sizeof a[0], cmp_int);
		if (k >= 0 && k < 2000 && k % 2 == 0)
			T_EQ_PTR(p, a + k / 2);
		else
			T_EQ_PTR(p, 0);
	}
	int key = 0;
	T_EQ_PTR(bsearch(&key, a, 0, sizeof a[0], cmp_int), 0);
	qsort(0, 0, 4, cmp_int); /* nothing to sort: must not touch base */
	return t_status();
}
