// a64l l64a: radix-64 digits, least significant first.
#define _XOPEN_SOURCE 700
#include <stdlib.h>
#include <t.h>

int main(void)
{
	T_EQ_STR(l64a(0), "");
	T_EQ_STR(l64a(1), "/");
	T_EQ_STR(l64a(63), "z");
	T_EQ_STR(l64a(64), "./");
	T_EQ_INT(a64l(""), 0);
	T_EQ_INT(a64l("./"), 64 * 1);
	T_EQ_INT(a64l("z"), 63);
	T_EQ_INT(a64l("zz!x"), 63 + 63 * 64);
	long vals[] = { 1, 2, 1000, 123456, 0x7fffffff, 0x12345678 };
	for (int i = 0; i < 6; i++)
		T_EQ_INT(a64l(l64a(vals[i])), vals[i]);
	return t_status();
}
