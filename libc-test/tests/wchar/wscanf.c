/* Wide formatted input from a wide string: swscanf/vswscanf (ASCII). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include "t.h"

static int call_vswscanf(const wchar_t *s, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	int a = 0, b = 0, n = 0;
	unsigned x = 0;
	double d = 0;
	char s[16] = {0};
	wchar_t ws[16] = {0};
	wchar_t wc[2] = {0};

	T_EQ_INT(swscanf(L"  12 -34", L"%d%d", &a, &b), 2);
	T_EQ_INT(a, 12);
	T_EQ_INT(b, -34);
	T_EQ_INT(swscanf(L"ff 2.5 word wide!", L"%x %lf %15s %15ls%n", &x, &d, s, ws, &n), 4);
	T_EQ_INT(x, 255);
	T_ASSERT(d == 2.5);
	T_EQ_STR(s, "word");
	T_EQ_INT(wcscmp(ws, L"wide!"), 0);
	T_EQ_INT(n, 17);
	T_EQ_INT(swscanf(L"k", L"%lc", wc), 1);
	T_EQ_INT(wc[0], L'k');
	T_EQ_INT(swscanf(L"abc123", L"%[a-c]%d", s, &a), 2);
	T_EQ_STR(s, "abc");
	T_EQ_INT(a, 123);
	T_EQ_INT(swscanf(L"x=7", L"x=%d", &a), 1);
	T_EQ_INT(a, 7);
	T_EQ_INT(swscanf(L"y=7", L"x=%d", &a), 0);
	T_EQ_INT(swscanf(L"", L"%d", &a), -1);
	T_EQ_INT(swscanf(L"0x1g", L"%i%ls", &a, ws), 2);
	T_EQ_INT(a, 1);
	T_EQ_INT(wcscmp(ws, L"g"), 0);
	T_EQ_INT(call_vswscanf(L"5 6", L"%d %d", &a, &b), 2);
	T_EQ_INT(a + b, 11);

	FILE *f = tmpfile();
	T_ASSERT(f != 0);
	if (!f)
		return t_status();
	fputws(L"31 abc\n", f);
	rewind(f);
	T_EQ_INT(fwscanf(f, L"%d %ls", &a, ws), 2);
	T_EQ_INT(a, 31);
	T_EQ_INT(wcscmp(ws, L"abc"), 0);
	T_EQ_INT(fgetwc(f), L'\n');
	T_EQ_INT(fwscanf(f, L"%d", &a), -1);
	fclose(f);
	return t_status();
}
