// strverscmp: the glibc manual's examples and version-number ordering.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

#define V(a, b) T_SIGN(strverscmp(a, b))

int main(void)
{
	T_EQ_INT(V("no digit", "no digit"), 0);
	T_EQ_INT(V("item#99", "item#100"), -1);
	T_EQ_INT(V("alpha1", "alpha001"), 1);
	T_EQ_INT(V("part1_f012", "part1_f01"), 1);
	T_EQ_INT(V("foo.009", "foo.0"), -1);
	/* The glibc manual's sorted list: 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10. */
	static const char *const order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
	for (int i = 0; i < 9; i++)
		for (int j = 0; j < 9; j++)
			T_EQ_INT(V(order[i], order[j]), i < j ? -1 : i > j);
	T_EQ_INT(V("1.2.10", "1.2.9"), 1);
	T_EQ_INT(V("libfoo-2.6.so", "libfoo-2.10.so"), -1);
	T_EQ_INT(V("abc", "abd"), -1);
	T_EQ_INT(V("", ""), 0);
	T_EQ_INT(V("", "a"), -1);
	T_EQ_INT(V("a", ""), 1);
	T_EQ_INT(V("a1b", "a1a"), 1);
	return t_status();
}
