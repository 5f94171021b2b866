// sscanf return counts, EOF rules, sets, widths, %n, %m and exact floats; every expected
// value was checked against musl and glibc (cases where they differ are left out).
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	int x = -1, y = -1, n = -1;
	char a[32], b[32];
	float f;
	double d;
	long double ld;

	T_EQ_INT(sscanf("", "%d", &x), -1);
	T_EQ_INT(sscanf("   ", "%d", &x), -1);
	T_EQ_INT(sscanf("x", "%d", &x), 0);
	T_EQ_INT(sscanf("-", "%d", &x), 0);
	T_EQ_INT(sscanf("a", "a%d", &x), -1);
	T_EQ_INT(sscanf("b", "a%d", &x), 0);
	T_EQ_INT(sscanf("12 abc", "%d %n", &x, &n), 1);
	T_EQ_INT(x, 12);
	T_EQ_INT(n, 3);
	n = -1;
	T_EQ_INT(sscanf("abc", "%n", &n), 0);
	T_EQ_INT(n, 0);
	T_EQ_INT(sscanf("12345", "%3d%d", &x, &y), 2);
	T_EQ_INT(x, 123);
	T_EQ_INT(y, 45);
	T_EQ_INT(sscanf("0777 0x1F -0x10", "%i %i %i", &x, &y, &n), 3);
	T_EQ_INT(x, 511);
	T_EQ_INT(y, 31);
	T_EQ_INT(n, -16);
	x = y = -1;
	T_EQ_INT(sscanf("0x10", "%d%s", &x, b), 2);
	T_EQ_INT(x, 0);
	T_EQ_STR(b, "x10");
	T_EQ_INT(sscanf("ff 17 -5", "%x %o %u", &x, &y, &n), 3);
	T_EQ_INT(x, 255);
	T_EQ_INT(y, 15);
	T_EQ_INT(n, -5);
	T_EQ_INT(sscanf("7 8", "%*d %d", &x), 1);
	T_EQ_INT(x, 8);
	T_EQ_INT(sscanf("1 % 2", "%d %% %d", &x, &y), 2);
	T_EQ_INT(y, 2);
	/* Matching failure leaves later arguments untouched. */
	x = y = 99;
	T_EQ_INT(sscanf("5 z 6", "%d %d %d", &x, &y, &n), 1);
	T_EQ_INT(x, 5);
	T_EQ_INT(y, 99);
	{
		signed char hh;
		short h;
		long long ll;
		unsigned long ul;
		T_EQ_INT(sscanf("300 -2 -9223372036854775808 18446744073709551615", "%hhd %hd %lld %lu", &hh, &h, &ll, &ul), 4);
		T_EQ_INT(hh, 44);
		T_EQ_INT(h, -2);
		T_ASSERT(ll == (-9223372036854775807LL - 1));
		T_ASSERT(ul == 18446744073709551615UL);
	}
	{
		void *p = 0;
		T_EQ_INT(sscanf("0x1234", "%p", &p), 1);
		T_EQ_PTR(p, (void *)0x1234);
	}

	/* Strings, characters, scansets. */
	T_EQ_INT(sscanf("  hello world", "%5s%s", a, b), 2);
	T_EQ_STR(a, "hello");
	T_EQ_STR(b, "world");
	memset(a, 'z', sizeof a);
	T_EQ_INT(sscanf(" xy", "%c%2c", a, a + 1), 2);
	T_EQ_INT(a[0], ' ');
	T_EQ_INT(a[1], 'x');
	T_EQ_INT(a[2], 'y');
	T_EQ_INT(a[3], 'z');
	T_EQ_INT(sscanf(" ", " %c", a), -1);
	T_EQ_INT(sscanf("]abc]", "%[]a]%n", a, &n), 1);
	T_EQ_STR(a, "]a");
	T_EQ_INT(n, 2);
	T_EQ_INT(sscanf("a-b", "%[a-]", a), 1);
	T_EQ_STR(a, "a-");
	T_EQ_INT(sscanf("hello123", "%[a-z]%[0-9]", a, b), 2);
	T_EQ_STR(a, "hello");
	T_EQ_STR(b, "123");
	T_EQ_INT(sscanf("key=value;rest", "%[^=]=%[^;]", a, b), 2);
	T_EQ_STR(a, "key");
	T_EQ_STR(b, "value");
	T_EQ_INT(sscanf("123", "%[a-z]", a), 0);
	{
		char *m = 0, *m2 = 0;
		T_EQ_INT(sscanf("dynamic string", "%ms %m[a-z]", &m, &m2), 2);
		T_EQ_STR(m, "dynamic");
		T_EQ_STR(m2, "string");
		free(m);
		free(m2);
	}

	/* Floats: correctly rounded. */
	T_EQ_INT(sscanf("0.1 1e-300 2.5", "%f %lf %Lf", &f, &d, &ld), 3);
	T_ASSERT(f == 0.1f);
	T_ASSERT(d == 1e-300);
	T_ASSERT(ld == 2.5L);
	T_EQ_INT(sscanf("0.1", "%Lf", &ld), 1);
	T_ASSERT(ld == 0.1L);
	T_EQ_INT(sscanf("2.2250738585072011e-308 4.9406564584124654e-324", "%lf %lf", &d, &d), 2);
	T_ASSERT(d == 4.9406564584124654e-324);
	T_EQ_INT(sscanf("9007199254740993", "%lf", &d), 1);
	T_ASSERT(d == 9007199254740992.0);
	T_EQ_INT(sscanf("0x1.8p1 INF -nan", "%lf %f %lf", &d, &f, &d), 3);
	T_EQ_INT(sscanf("0x1.8", "%lf%n", &d, &n), 1);
	T_ASSERT(d == 1.5);
	T_EQ_INT(n, 5);
	T_EQ_INT(sscanf("1.", "%lf%n", &d, &n), 1);
	T_EQ_INT(n, 2);
	T_EQ_INT(sscanf("infx", "%f%n", &f, &n), 1);
	T_EQ_INT(n, 3);
	T_EQ_INT(sscanf(".", "%lf", &d), 0);
	T_EQ_INT(sscanf("+", "%f", &f), 0);
	T_EQ_INT(sscanf("infinx", "%f", &f), 0);
	T_EQ_INT(sscanf("1.5e3x", "%lf%s", &d, a), 2);
	T_ASSERT(d == 1500.0);
	T_EQ_STR(a, "x");
	T_EQ_INT(sscanf("123.456", "%4lf%lf", &d, &d), 2);
	T_ASSERT(d == 456.0);

	/* Positional destinations. */
	T_EQ_INT(sscanf("1 2", "%2$d %1$d", &x, &y), 2);
	T_EQ_INT(x, 2);
	T_EQ_INT(y, 1);
	return t_status();
}
