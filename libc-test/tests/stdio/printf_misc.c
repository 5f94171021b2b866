// snprintf truncation, sprintf, asprintf, dprintf, printf/fprintf on FILE, %n, errors.
// rcc-test: cflags=-Wno-format-truncation
// rcc-test: expect-stdout=printf 42 abc|  x|\nfprintf -7 1.50\ndprintf 0x1f\n
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

static int vs(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap, ap2;
	int r, r2;
	char tmp[256];
	va_start(ap, fmt);
	va_copy(ap2, ap);
	r = vsnprintf(buf, n, fmt, ap);
	r2 = vsprintf(tmp, fmt, ap2);
	va_end(ap2);
	va_end(ap);
	T_EQ_INT(r, r2);
	return r;
}

int main(void)
{
	char b[64];
	int n1 = -1, n2 = -1;
	long long nl = -1;
	signed char nh = -1;

	/* Truncation: never past n, NUL-terminated when n > 0. */
	memset(b, 'z', sizeof b);
	T_EQ_INT(snprintf(b, 0, "hello %d", 12345), 11);
	T_EQ_INT(b[0], 'z');
	T_EQ_INT(snprintf(NULL, 0, "%s-%d", "abc", -1), 6);
	T_EQ_INT(snprintf(b, 1, "hello"), 5);
	T_EQ_INT(b[0], 0);
	T_EQ_INT(b[1], 'z');
	T_EQ_INT(snprintf(b, 6, "hello"), 5);
	T_EQ_STR(b, "hello");
	memset(b, 'z', sizeof b);
	T_EQ_INT(snprintf(b, 5, "hello"), 5);
	T_EQ_STR(b, "hell");
	T_EQ_INT(b[5], 'z');
	T_EQ_INT(snprintf(b, 8, "%20d|", 7), 21);
	T_EQ_STR(b, "       ");
	T_EQ_INT(vs(b, 10, "%s=%05.1f", "pi", 3.14159), 8);
	T_EQ_STR(b, "pi=003.1");

	/* %n at several positions and lengths; not counted in the result. */
	T_EQ_INT(snprintf(b, sizeof b, "ab%ncde%hhn%lld%lln", &n1, &nh, 123LL, &nl), 8);
	T_EQ_INT(n1, 2);
	T_EQ_INT(nh, 5);
	T_EQ_INT(nl, 8);
	T_EQ_INT(snprintf(b, 3, "abcdef%n", &n2), 6);
	T_EQ_INT(n2, 6);

	/* Edge values. */
	snprintf(b, sizeof b, "%d %lld %llu", INT_MIN, LLONG_MIN, ULLONG_MAX);
	T_EQ_STR(b, "-2147483648 -9223372036854775808 18446744073709551615");
	snprintf(b, sizeof b, "%.0d|%#o|%#x|%#.0o|%+.3e|%.17g", 0, 0, 0, 0, 12345.678, 0.1);
	T_EQ_STR(b, "|0|0|0|+1.235e+04|0.10000000000000001");
	snprintf(b, sizeof b, "%5.2s|%-10c|%%|%a|%a", "abcdef", 'x', 1.0, -0.0);
	T_EQ_STR(b, "   ab|x         |%|0x1p+0|-0x0p+0");
	{
		char big[400];
		snprintf(big, sizeof big, "%.60f", 1e-300);
		T_EQ_STR(big, "0.000000000000000000000000000000000000000000000000000000000000");
		snprintf(big, sizeof big, "%.20e", 1e-300);
		T_EQ_STR(big, "1.00000000000000002506e-300");
		snprintf(big, sizeof big, "%.0f", 1e300);
		T_EQ_STR(big, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
	}

	/* Positional arguments. */
	snprintf(b, sizeof b, "%3$s %1$d %2$.2f %1$x", 255, 0.5, "s");
	T_EQ_STR(b, "s 255 0.50 ff");

	/* %m is strerror(errno). */
	errno = EINVAL;
	snprintf(b, sizeof b, "[%m]");
	T_EQ_STR(b, "[Invalid argument]");

	/* Errors. */
	errno = 0;
	T_EQ_INT(snprintf(b, sizeof b, "%2147483648d", 1), -1);
	T_EQ_INT(errno, EOVERFLOW);

	/* asprintf. */
	{
		char *s = 0;
		T_EQ_INT(asprintf(&s, "%s-%d-%.3f", "x", 42, 2.0), 10);
		T_EQ_STR(s, "x-42-2.000");
		free(s);
		T_EQ_INT(asprintf(&s, "%300d", 1), 300);
		T_EQ_INT(strlen(s), 300);
		T_EQ_INT(s[299], '1');
		free(s);
	}

	/* Streams and descriptors: the output order is checked by expect-stdout. */
	T_EQ_INT(printf("printf %d %s|%3c|\n", 42, "abc", 'x'), 19);
	T_EQ_INT(fprintf(stdout, "fprintf %d %.2f\n", -7, 1.5), 16);
	fflush(stdout);
	T_EQ_INT(dprintf(1, "dprintf %#x\n", 31), 13);
	T_EQ_INT(dprintf(-1, "x"), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
