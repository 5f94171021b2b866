// srand48 and seed48 restore the default multiplier and addend after lcong48 (POSIX).
// musl keeps lcong48's values; rcc follows POSIX and glibc (see known-differences.tsv).
#include <stdlib.h>
#include <t.h>

int main(void)
{
	const unsigned long long A = 0x5deece66dULL;
	unsigned short p[7] = { 1, 0, 0, 3, 0, 0, 5 };
	lcong48(p);
	srand48(1);
	unsigned long long w = (A * 0x1330eULL + 11) & 0xffffffffffffULL;
	T_EQ_INT(lrand48(), (long)(w >> 17));
	lcong48(p);
	unsigned short s[3] = { 0x330e, 1, 0 };
	seed48(s);
	T_EQ_INT(lrand48(), (long)(w >> 17));
	return t_status();
}
