// strtod/strtof/strtold: correctly rounded values (as bit patterns), endptr and errno
// on the cases where musl and glibc agree.
// rcc-test: cflags=-D_GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <locale.h>
#endif
#include "t.h"

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

/* Value bits, bytes consumed, errno. */
static void d(const char *s, uint64_t bits, long used, int err)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	int e = errno;
	if (dbits(v) != bits || end - s != used || e != err) {
		t_fail_at(__FILE__, __LINE__, s);
		t_err("    bits ");
		t_fputhex(2, dbits(v));
		t_err(" used ");
		t_errnum(end - s);
		t_err(" errno ");
		t_errnum(e);
		t_err("\n");
	}
}

static void f(const char *s, uint32_t bits, int err)
{
	errno = 0;
	float v = strtof(s, 0);
	int e = errno;
	if (fbits(v) != bits || e != err) {
		t_fail_at(__FILE__, __LINE__, s);
		t_err("    bits ");
		t_fputhex(2, fbits(v));
		t_err(" errno ");
		t_errnum(e);
		t_err("\n");
	}
}

static void ld(const char *s, unsigned se, uint64_t m)
{
	long double v = strtold(s, 0);
	unsigned char b[10];
	memcpy(b, &v, 10);
	uint64_t gm;
	memcpy(&gm, b, 8);
	unsigned gse = b[8] | b[9] << 8;
	if (gse != se || gm != m) {
		t_fail_at(__FILE__, __LINE__, s);
		t_err("    got ");
		t_fputhex(2, gse);
		t_err(":");
		t_fputhex(2, gm);
		t_err("\n");
	}
}

int main(void)
{
	d("0", 0, 1, 0);
	d("1", 0x3ff0000000000000, 1, 0);
	d("  +.5e-3x", 0x3f40624dd2f1a9fc, 8, 0);
	d("-0", 0x8000000000000000, 2, 0);
	d("0.1", 0x3fb999999999999a, 3, 0);
	d("3.14159", 0x400921f9f01b866e, 7, 0);
	d("9007199254740993", 0x4340000000000000, 16, 0);
	d("1.7976931348623157e308", 0x7fefffffffffffff, 22, 0);
	d("1.7976931348623159e308", 0x7ff0000000000000, 22, ERANGE);
	d("1.8e308", 0x7ff0000000000000, 7, ERANGE);
	d("-1e99999999999", 0xfff0000000000000, 14, ERANGE);
	d("1e-400", 0, 6, ERANGE);
	d("2.4703282292062327e-324", 0, 23, ERANGE);
	d("2.2250738585072011e-308", 0x000fffffffffffff, 23, ERANGE);
	d("2.2250738585072013e-308", 0x0010000000000000, 23, 0);
	d("2.2250738585072014e-308", 0x0010000000000000, 23, 0);
	d("1e-320", 0x7e8, 6, ERANGE);
	d("0x1p-1074", 1, 9, 0);
	d("0x1p-1075", 0, 9, ERANGE);
	d("0e99999999999", 0, 13, 0);
	d("0x0p99999999999", 0, 15, 0);
	d("1.00000000000000011102230246251565404236316680908203125", 0x3ff0000000000000, 55, 0);
	d("1.00000000000000011102230246251565404236316680908203126", 0x3ff0000000000001, 55, 0);
	d("0x1.8p3", 0x4028000000000000, 7, 0);
	d("0X.8P1", 0x3ff0000000000000, 6, 0);
	d("0x1.000000000000080000000000000000001p0", 0x3ff0000000000001, 39, 0);
	d("0x1.00000000000008p0", 0x3ff0000000000000, 20, 0);
	d("1e", 0x3ff0000000000000, 1, 0);
	d("1e+", 0x3ff0000000000000, 1, 0);
	d("1e-x", 0x3ff0000000000000, 1, 0);
	d("0x", 0, 1, 0);
	d("0x.p1", 0, 1, 0);
	d("-0xg", 0x8000000000000000, 2, 0);
	d("infin", 0x7ff0000000000000, 3, 0);
	d("-INFINITYx", 0xfff0000000000000, 9, 0);
	d("iNf", 0x7ff0000000000000, 3, 0);
	d("nan", 0x7ff8000000000000, 3, 0);
	d("NaN(", 0x7ff8000000000000, 3, 0);
	d("nan()", 0x7ff8000000000000, 5, 0);
	d("nan(abc_1", 0x7ff8000000000000, 3, 0);
	{
		char *end;
		const char *s = "  abc";
		T_EQ_INT(dbits(strtod(s, &end)), 0);
		T_EQ_PTR(end, s);
		s = "-.e1";
		strtod(s, &end);
		T_EQ_PTR(end, s);
		s = "";
		strtod(s, &end);
		T_EQ_PTR(end, s);
		strtod("+", &end);
	}
	/* 800 digits after a halfway point decide the rounding. */
	{
		static char buf[1000];
		strcpy(buf, "1.00000000000000011102230246251565404236316680908203125");
		size_t n = strlen(buf);
		memset(buf + n, '0', 800);
		buf[n + 800] = 0;
		d(buf, 0x3ff0000000000000, (long)n + 800, 0);
		buf[n + 799] = '1';
		d(buf, 0x3ff0000000000001, (long)n + 800, 0);
	}
	T_EQ_INT(dbits(atof("  -2.5e1z")), 0xc039000000000000);

	f("0.1", 0x3dcccccd, 0);
	f("3.4028235e38", 0x7f7fffff, 0);
	f("3.4028236e38", 0x7f800000, ERANGE);
	f("3.5e38", 0x7f800000, ERANGE);
	f("1e-50", 0, ERANGE);
	f("1.17549435e-38", 0x00800000, 0);
	f("1e-40", 0x000116c2, ERANGE);
	f("0x1p-149", 1, 0);
	f("16777217", 0x4b800000, 0);

	ld("1", 0x3fff, 0x8000000000000000);
	ld("0.1", 0x3ffb, 0xcccccccccccccccd);
	ld("4.9e-324", 0x3bcc, 0xfde4b4fb194fced9);
	ld("1e-400", 0x3ace, 0x95fe7e07c91efafa);
	ld("1e4932", 0x7ffe, 0xd72cb2a95c7ef6cd);
	ld("123456789012345678901234567890", 0x405f, 0xc77487fb61b9f077);
	ld("3.6451995318824746025e-4951", 0, 1);
	ld("-inf", 0xffff, 0x8000000000000000);
	ld("0x1.8p3", 0x4002, 0xc000000000000000);

	{
		char *end;
		const char *s = "1.5x";
#ifdef __GLIBC__
		locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
#define LOC c
#else
#define LOC 0
#endif
		T_EQ_INT(dbits(strtod_l(s, &end, LOC)), 0x3ff8000000000000);
		T_EQ_PTR(end, s + 3);
		T_EQ_INT(fbits(strtof_l(s, &end, LOC)), 0x3fc00000);
		long double l = strtold_l(s, &end, LOC);
		T_ASSERT(l == 1.5L);
		T_EQ_PTR(end, s + 3);
	}
	return t_status();
}
