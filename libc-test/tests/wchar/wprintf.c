/* Wide formatted output: swprintf (which, unlike snprintf, fails when the output does
 * not fit), fwprintf, wprintf. ASCII only, so every C locale agrees. */
#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>
#include "t.h"

static int call_vswprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vswprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	wchar_t buf[64];
	T_EQ_INT(swprintf(buf, 64, L"%d-%s-%ls-%c-%lc|%5.2f|%-4x|", 42, "ab", L"cd", 'e', L'f',
			   3.14159, 255), 24);
	T_EQ_INT(wcscmp(buf, L"42-ab-cd-e-f| 3.14|ff  |"), 0);
	T_EQ_INT(swprintf(buf, 64, L"%%%05d", -7), 6);
	T_EQ_INT(wcscmp(buf, L"%-0007"), 0);
	T_EQ_INT(swprintf(buf, 64, L""), 0);
	T_EQ_INT(buf[0], 0);
	/* too small: -1 (musl and rcc leave the truncated output, terminated; glibc's
	 * buffer contents are unspecified then) */
	T_EQ_INT(swprintf(buf, 4, L"hello"), -1);
#ifndef __GLIBC__
	T_EQ_INT(wcscmp(buf, L"hel"), 0);
#endif
	T_EQ_INT(swprintf(buf, 0, L"x"), -1);
	T_EQ_INT(swprintf(buf, 5, L"hello"), -1);
	T_EQ_INT(swprintf(buf, 6, L"hello"), 5);
	T_EQ_INT(wcscmp(buf, L"hello"), 0);
	T_EQ_INT(call_vswprintf(buf, 64, L"[%3s]", "x"), 5);
	T_EQ_INT(wcscmp(buf, L"[  x]"), 0);
	T_EQ_INT(swprintf(buf, 64, L"%.3ls|%*d", L"abcdef", 4, 9), 8);
	T_EQ_INT(wcscmp(buf, L"abc|   9"), 0);

	FILE *f = tmpfile();
	T_ASSERT(f != 0);
	if (!f)
		return t_status();
	T_EQ_INT(fwprintf(f, L"x=%d %ls\n", 5, L"yz"), 7);
	T_ASSERT(fwide(f, 0) > 0);
	rewind(f);
	T_EQ_PTR(fgetws(buf, 64, f), buf);
	T_EQ_INT(wcscmp(buf, L"x=5 yz\n"), 0);
	fclose(f);

	T_EQ_INT(wprintf(L"%ls %d\n", L"wide", 1), 7);
	return t_status();
}
