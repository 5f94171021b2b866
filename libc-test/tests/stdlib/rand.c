// rand srand rand_r random srandom initstate setstate.
#include <stdlib.h>
#include <t.h>

int main(void)
{
	int first[8], again[8];
	srand(42);
	for (int i = 0; i < 8; i++) {
		first[i] = rand();
		T_ASSERT(first[i] >= 0 && first[i] <= RAND_MAX);
	}
	srand(42);
	for (int i = 0; i < 8; i++)
		again[i] = rand();
	T_EQ_MEM(first, again, sizeof first);
#ifndef __GLIBC__
	/* musl's generator: seed = 6364136223846793005 * seed + 1, result = seed >> 33. */
	srand(1);
	T_EQ_INT(rand(), 0);
	T_EQ_INT(rand(), 740882966);
	T_EQ_INT(rand(), 1616430695);
	unsigned s = 1;
	T_EQ_INT(rand_r(&s), 1993684161);
	T_EQ_INT(s, 1103527590u);
#endif
	unsigned s1 = 7, s2 = 7;
	for (int i = 0; i < 5; i++) {
		int v = rand_r(&s1);
		T_EQ_INT(v, rand_r(&s2));
		T_ASSERT(v >= 0 && v <= RAND_MAX);
	}

	long r1[6], r2[6];
	srandom(99);
	for (int i = 0; i < 6; i++) {
		r1[i] = random();
		T_ASSERT(r1[i] >= 0 && r1[i] <= 0x7fffffff);
	}
	srandom(99);
	for (int i = 0; i < 6; i++)
		r2[i] = random();
	T_EQ_MEM(r1, r2, sizeof r1);

	/* initstate/setstate switch between independent generators. */
	static char st1[256], st2[64];
	char *orig = initstate(5, st1, sizeof st1);
	T_ASSERT(orig != 0);
	long a0 = random(), a1 = random();
	char *prev = initstate(5, st2, sizeof st2);
	T_EQ_PTR(prev, st1);
	long b0 = random();
	T_EQ_PTR(setstate(st1), st2);
	long a2 = random();
	initstate(5, st1, sizeof st1);
	T_EQ_INT(random(), a0);
	T_EQ_INT(random(), a1);
	T_EQ_INT(random(), a2);
	T_EQ_PTR(setstate(st2), st1);
	(void)b0;
	T_EQ_PTR(initstate(1, st1, 7), 0);
	setstate(orig);
	return t_status();
}
