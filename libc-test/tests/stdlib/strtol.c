// strtol strtoul strtoll strtoull strtoimax strtoumax: bases, prefixes, signs, errno, endptr.
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <t.h>

#define CHECK_L(str, base, val, used, err) do { \
		char *e_ = 0; errno = 0; \
		long v_ = strtol(str, &e_, base); \
		T_EQ_INT(v_, val); T_EQ_INT(e_ - (str), used); T_EQ_INT(errno, err); \
	} while (0)
#define CHECK_UL(str, base, val, used, err) do { \
		char *e_ = 0; errno = 0; \
		unsigned long v_ = strtoul(str, &e_, base); \
		T_ASSERT(v_ == (unsigned long)(val)); T_EQ_INT(e_ - (str), used); T_EQ_INT(errno, err); \
	} while (0)

int main(void)
{
	CHECK_L("0", 10, 0, 1, 0);
	CHECK_L("  \t\n\v\f\r42", 10, 42, 9, 0);
	CHECK_L("-42abc", 10, -42, 3, 0);
	CHECK_L("+7", 10, 7, 2, 0);
	CHECK_L("0x1F", 0, 31, 4, 0);
	CHECK_L("0X1f", 16, 31, 4, 0);
	CHECK_L("1f", 16, 31, 2, 0);
	CHECK_L("-0x10", 0, -16, 5, 0);
	CHECK_L("017", 0, 15, 3, 0);
	CHECK_L("019", 0, 1, 2, 0);
	CHECK_L("08", 0, 0, 1, 0);
	CHECK_L("0x", 0, 0, 1, 0);     /* "0x" with no hex digit: only the 0 converts */
	CHECK_L("0xg", 16, 0, 1, 0);
	CHECK_L("0x", 16, 0, 1, 0);
	CHECK_L("0x10", 10, 0, 1, 0);  /* no prefix in base 10 */
	CHECK_L("0x10", 8, 0, 1, 0);
	CHECK_L("101", 2, 5, 3, 0);
	CHECK_L("102", 2, 2, 2, 0);
	CHECK_L("zZ", 36, 35 * 36 + 35, 2, 0);
	CHECK_L("7fffffffffffffff", 16, LONG_MAX, 16, 0);
	CHECK_L("9223372036854775807", 10, LONG_MAX, 19, 0);
	CHECK_L("9223372036854775808", 10, LONG_MAX, 19, ERANGE);
	CHECK_L("-9223372036854775808", 10, LONG_MIN, 20, 0);
	CHECK_L("-9223372036854775809", 10, LONG_MIN, 20, ERANGE);
	CHECK_L("123456789012345678901234567890x", 10, LONG_MAX, 30, ERANGE);
	CHECK_L("-123456789012345678901234567890", 10, LONG_MIN, 31, ERANGE);

	/* No conversion: the value is 0 and endptr is nptr, even after spaces and a sign. */
	{
		const char *cases[] = { "", "   ", "-", " + 1", "abc", "--1", 0 };
		for (int i = 0; cases[i]; i++) {
			char *e = 0;
			long v = strtol(cases[i], &e, 10);
			T_EQ_INT(v, 0);
			T_EQ_PTR(e, cases[i]);
		}
#ifndef __GLIBC__
		/* musl (and rcc) report EINVAL when no digits were found; POSIX allows it. */
		errno = 0;
		strtol("x", 0, 10);
		T_EQ_INT(errno, EINVAL);
#endif
	}

	/* A bad base: EINVAL and 0. glibc leaves endptr alone; musl sets it to nptr. */
	{
		const char *s = "123";
		int bases[] = { 1, 37, -1, 100 };
		for (int i = 0; i < 4; i++) {
			char *e = (char *)s;
			errno = 0;
			T_EQ_INT(strtol(s, &e, bases[i]), 0);
			T_EQ_INT(errno, EINVAL);
			T_EQ_PTR(e, s);
		}
	}

	/* Unsigned: a minus sign negates in the unsigned type. */
	CHECK_UL("-1", 10, ULONG_MAX, 2, 0);
	CHECK_UL("18446744073709551615", 10, ULONG_MAX, 20, 0);
	CHECK_UL("18446744073709551616", 10, ULONG_MAX, 20, ERANGE);
	CHECK_UL("-18446744073709551615", 10, 1, 21, 0);
	CHECK_UL("-18446744073709551616", 10, ULONG_MAX, 21, ERANGE);
	CHECK_UL("ffffffffffffffff", 16, ULONG_MAX, 16, 0);
	CHECK_UL("0x1ffffffffffffffff", 0, ULONG_MAX, 19, ERANGE);

	{
		char *e;
		errno = 0;
		T_ASSERT(strtoll("-9223372036854775808", &e, 0) == LLONG_MIN);
		T_ASSERT(strtoull("777", &e, 8) == 511);
		T_ASSERT(strtoimax(" -12", &e, 10) == -12);
		T_EQ_INT(*e, 0);
		T_ASSERT(strtoumax("0b1", &e, 0) == 0); /* no 0b prefix in C17 */
		T_EQ_INT(*e, 'b');
		T_EQ_INT(errno, 0);
		T_ASSERT(strtoimax("99999999999999999999", 0, 10) == INTMAX_MAX);
		T_EQ_INT(errno, ERANGE);
		errno = 0;
		T_ASSERT(strtoumax("99999999999999999999", 0, 10) == UINTMAX_MAX);
		T_EQ_INT(errno, ERANGE);
	}
	/* Successful conversions leave errno alone. */
	errno = 1234;
	T_EQ_INT(strtol("5", 0, 10), 5);
	T_EQ_INT(errno, 1234);
	return t_status();
}
