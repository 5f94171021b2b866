// rcc-test: timeout=30
/* tsearch family: 10k random keys, twalk order and AVL depth bound, tfind, tdelete
 * return values, deleting everything, tdestroy. */
#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>
#include "t.h"

#define N 10000

static int cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return x < y ? -1 : x > y;
}

static long keys[N];
static long last;
static int visited, maxdepth, order_ok = 1;

static void action(const void *node, VISIT v, int depth)
{
	if (depth > maxdepth)
		maxdepth = depth;
	if (v == postorder || v == leaf) {
		long k = **(long *const *)node;
		if (visited && k <= last)
			order_ok = 0;
		last = k;
		visited++;
	}
}

static int freed;
static void count_free(void *k) { (void)k; freed++; }

int main(void)
{
	void *root = 0;
	unsigned s = 12345;
	int n = 0;
	for (int i = 0; i < N; i++) {
		s = s * 1103515245 + 12345;
		keys[i] = (long)(s >> 4) % 50000;
		void *p = tsearch(&keys[i], &root, cmp);
		T_ASSERT(p != 0);
		if (*(long **)p == &keys[i])
			n++;
		else
			T_EQ_INT(**(long **)p, keys[i]);
	}
	twalk(root, action);
	T_EQ_INT(visited, n);
	T_ASSERT(order_ok);
	/* AVL: height <= 1.44 log2(n + 2); for ~9000 nodes that is under 19 levels */
	T_ASSERT(maxdepth < 19);

	long probe = 50001;
	T_ASSERT(tfind(&probe, &root, cmp) == 0);
	T_ASSERT(tfind(&keys[17], &root, cmp) != 0);
	T_ASSERT(tsearch(&probe, 0, cmp) == 0);
	T_ASSERT(tfind(&probe, 0, cmp) == 0);
	T_ASSERT(tdelete(&probe, 0, cmp) == 0);
	T_ASSERT(tdelete(&probe, &root, cmp) == 0);

	/* delete everything; each delete returns non-null, a second delete of the key NULL */
	int deleted = 0, bad = 0;
	for (int i = 0; i < N; i++) {
		if (!tfind(&keys[i], &root, cmp))
			continue;
		void *r = tdelete(&keys[i], &root, cmp);
		if (!r)
			bad++;
		if (tfind(&keys[i], &root, cmp))
			bad++;
		deleted++;
	}
	T_EQ_INT(bad, 0);
	T_EQ_INT(deleted, n);
	T_ASSERT(root == 0);

	/* the parent returned by tdelete is the node above the removed one */
	long a = 2, b = 1, c = 3;
	tsearch(&a, &root, cmp);
	tsearch(&b, &root, cmp);
	tsearch(&c, &root, cmp);
	void *r = tdelete(&c, &root, cmp);
	T_ASSERT(r != 0);
	T_EQ_INT(**(long **)r, 2);
	r = tdelete(&a, &root, cmp);
	T_ASSERT(r != 0);
	T_EQ_INT(**(long **)root, 1);

	for (int i = 0; i < 100; i++)
		tsearch(&keys[i], &root, cmp);
	visited = 0;
	twalk(root, action);
	tdestroy(root, count_free);
	T_EQ_INT(freed, visited);
	return t_status();
}
