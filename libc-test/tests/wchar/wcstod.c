/* wcstof, wcstod, wcstold and the wcstol family: the strtod/strtol results read through
 * wchar_t, end pointers counted in wide characters, errno on range errors. */
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "t.h"

/* rcc has no <math.h> yet. */
#define INF __builtin_inf()
#define ISNAN(x) ((x) != (x))

static wchar_t wbuf[2100];
static char nbuf[2100];

/* Copies ASCII s into wbuf. */
static const wchar_t *w(const char *s)
{
	size_t i = 0;
	for (; s[i]; i++)
		wbuf[i] = (unsigned char)s[i];
	wbuf[i] = 0;
	return wbuf;
}

/* wcstod(s) must equal strtod(s) bit for bit and stop at the same index. */
static void same_as_strtod(const char *s)
{
	char *ne;
	wchar_t *we;
	const wchar_t *ws = w(s);
	double a = strtod(s, &ne);
	double b = wcstod(ws, &we);
	T_ASSERT(memcmp(&a, &b, sizeof a) == 0);
	T_EQ_INT(we - ws, ne - s);
	float fa = strtof(s, &ne);
	float fb = wcstof(ws, &we);
	T_ASSERT(memcmp(&fa, &fb, sizeof fa) == 0);
	T_EQ_INT(we - ws, ne - s);
	long double la = strtold(s, &ne);
	long double lb = wcstold(ws, &we);
	T_ASSERT(memcmp(&la, &lb, 10) == 0);
	T_EQ_INT(we - ws, ne - s);
}

int main(void)
{
	wchar_t *end;
	const wchar_t *s;

	s = L"  1.5xyz";
	T_ASSERT(wcstod(s, &end) == 1.5);
	T_EQ_INT(end - s, 5);
	s = L"\t\n-0x1.8p1q";
	T_ASSERT(wcstod(s, &end) == -3.0);
	T_EQ_INT(end - s, 10);
	s = L"0x";
	T_ASSERT(wcstod(s, &end) == 0.0);
	T_EQ_INT(end - s, 1);
	s = L"-INFINITY";
	T_ASSERT(wcstod(s, &end) == -INF);
	T_EQ_INT(end - s, 9);
	s = L"infin";
	T_ASSERT(wcstod(s, &end) == INF);
	T_EQ_INT(end - s, 3);
	s = L"nan(12ab)x";
	T_ASSERT(ISNAN(wcstod(s, &end)));
	T_EQ_INT(end - s, 9);
	s = L"nan(";
	T_ASSERT(ISNAN(wcstod(s, &end)));
	T_EQ_INT(end - s, 3);
	s = L"  junk";
	T_ASSERT(wcstod(s, &end) == 0.0);
	T_EQ_PTR(end, s);
	s = L" +.e1";
	T_ASSERT(wcstod(s, &end) == 0.0);
	T_EQ_PTR(end, s);
	T_ASSERT(wcstod(L"1.25", 0) == 1.25);

	/* Characters outside ASCII end the number. */
	s = L"12\x661" L"3";
	T_ASSERT(wcstod(s, &end) == 12.0);
	T_EQ_INT(end - s, 2);
	s = L"7e\xff10";
	T_ASSERT(wcstod(s, &end) == 7.0);
	T_EQ_INT(end - s, 1);

	/* Range errors. */
	errno = 0;
	T_ASSERT(wcstod(L"1e400", &end) == INF);
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_ASSERT(wcstod(L"-1e-400", &end) == 0.0);
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_ASSERT(wcstof(L"1e39", &end) == __builtin_inff());
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_ASSERT(wcstold(L"1e5000", &end) == __builtin_infl());
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_ASSERT(wcstod(L"1e300", &end) == 1e300);
	T_EQ_INT(errno, 0);

	/* Correct rounding, the same as the narrow functions. */
	same_as_strtod("0.1");
	same_as_strtod("2.2250738585072011e-308");
	same_as_strtod("1.00000000000000011102230246251565404236316680908203125");
	same_as_strtod("1.00000000000000011102230246251565404236316680908203126");
	same_as_strtod("16777217");
	same_as_strtod("0x1.fffffffffffff8p1023");
	same_as_strtod("0x1p-16445");
	same_as_strtod("4.9406564584124654e-324");
	same_as_strtod("3.64519953188247460252840593361941982e-4951");
	/* A long mantissa takes the exact path. */
	{
		size_t i = 0;
		nbuf[i++] = '1';
		for (int k = 0; k < 1500; k++)
			nbuf[i++] = '0';
		memcpy(nbuf + i, "1e-1500", 8);
		same_as_strtod(nbuf);
		nbuf[0] = '0';
		nbuf[1] = '.';
		same_as_strtod(nbuf);
	}

	/* The integer family. */
	s = L"  -0x1Fz";
	T_EQ_INT(wcstol(s, &end, 0), -31);
	T_EQ_INT(end - s, 7);
	T_ASSERT(wcstoul(L"-1", 0, 10) == ULONG_MAX);
	errno = 0;
	T_ASSERT(wcstoll(L"99999999999999999999", &end, 10) == LLONG_MAX);
	T_EQ_INT(errno, ERANGE);
	T_ASSERT(wcstoull(L"0777", 0, 0) == 0777);
	T_ASSERT(wcstoimax(L"-zz", 0, 36) == -(36 * 35 + 35));
	T_ASSERT(wcstoumax(L"101", 0, 2) == 5);
	s = L"\x663";
	T_EQ_INT(wcstol(s, &end, 10), 0);
	T_EQ_PTR(end, s);
	errno = 0;
	T_EQ_INT(wcstol(L"1", &end, 1), 0);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
