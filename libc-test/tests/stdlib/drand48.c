// drand48 erand48 lrand48 nrand48 mrand48 jrand48 srand48 seed48 lcong48: POSIX-exact.
#include <stdlib.h>
#include <t.h>

static unsigned long long next(unsigned long long x, unsigned long long a, unsigned c)
{
	return (a * x + c) & 0xffffffffffffULL;
}

int main(void)
{
	const unsigned long long A = 0x5deece66dULL;
	srand48(0x12345678);
	unsigned long long x = 0x12345678330eULL;
	for (int i = 0; i < 5; i++) {
		x = next(x, A, 11);
		T_EQ_INT(lrand48(), (long)(x >> 17));
		x = next(x, A, 11);
		T_EQ_INT(mrand48(), (long)(int)(unsigned)(x >> 16));
		x = next(x, A, 11);
		T_ASSERT(drand48() == (double)x / 281474976710656.0);
	}

	unsigned short xs[3] = { 1, 2, 3 };
	unsigned long long y = 1 | 2ULL << 16 | 3ULL << 32;
	y = next(y, A, 11);
	T_EQ_INT(nrand48(xs), (long)(y >> 17));
	T_EQ_INT(xs[0], (unsigned short)y);
	T_EQ_INT(xs[2], (unsigned short)(y >> 32));
	y = next(y, A, 11);
	T_EQ_INT(jrand48(xs), (long)(int)(unsigned)(y >> 16));
	y = next(y, A, 11);
	T_ASSERT(erand48(xs) == (double)y / 281474976710656.0);

	unsigned short seed[3] = { 0x1111, 0x2222, 0x3333 };
	srand48(0);
	unsigned short *old = seed48(seed);
	T_EQ_INT(old[0], 0x330e);
	T_EQ_INT(old[1], 0);
	T_EQ_INT(old[2], 0);
	unsigned long long z = 0x333322221111ULL;
	z = next(z, A, 11);
	T_EQ_INT(lrand48(), (long)(z >> 17));

	unsigned short p[7] = { 1, 0, 0, 3, 0, 0, 5 }; /* X = 1, a = 3, c = 5 */
	lcong48(p);
	T_EQ_INT(mrand48(), 0);       /* X = 8: 8 >> 16 */
	T_EQ_INT(lrand48(), 0);       /* X = 29 */
	unsigned short q[3] = { 10, 0, 0 };
	T_EQ_INT(nrand48(q), 0);      /* lcong48's a and c apply to nrand48 too: 35 */
	T_EQ_INT(q[0], 35);
	return t_status();
}
