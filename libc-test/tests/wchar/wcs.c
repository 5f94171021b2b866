/* The <wchar.h> wide string and wide memory functions. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <wchar.h>
#include "t.h"

int main(void)
{
	wchar_t buf[32];
	const wchar_t *s = L"hello, world";

	T_EQ_INT(wcslen(s), 12);
	T_EQ_INT(wcslen(L""), 0);
	T_EQ_INT(wcsnlen(s, 5), 5);
	T_EQ_INT(wcsnlen(s, 50), 12);

	T_EQ_PTR(wcscpy(buf, L"abc"), buf);
	T_EQ_INT(wcscmp(buf, L"abc"), 0);
	T_EQ_PTR(wcscat(buf, L"def"), buf);
	T_EQ_INT(wcscmp(buf, L"abcdef"), 0);
	T_EQ_PTR(wcsncat(buf, L"ghijk", 2), buf);
	T_EQ_INT(wcscmp(buf, L"abcdefgh"), 0);
	wmemset(buf, L'x', 8);
	T_EQ_PTR(wcsncpy(buf, L"ab", 5), buf);
	T_EQ_INT(buf[1], L'b');
	T_EQ_INT(buf[2], 0);
	T_EQ_INT(buf[4], 0);
	T_EQ_INT(buf[5], L'x');
	T_EQ_PTR(wcpcpy(buf, L"xyz"), buf + 3);
	T_EQ_PTR(wcpncpy(buf, L"xyz", 2), buf + 2);
	T_EQ_PTR(wcpncpy(buf, L"xy", 6), buf + 2);

	T_ASSERT(wcscmp(L"abc", L"abd") < 0);
	T_ASSERT(wcscmp(L"abd", L"abc") > 0);
	T_ASSERT(wcscmp(L"ab", L"abc") < 0);
	T_EQ_INT(wcsncmp(L"abc", L"abd", 2), 0);
	T_ASSERT(wcsncmp(L"abc", L"abd", 3) < 0);
	T_EQ_INT(wcscoll(L"abc", L"abc"), 0);
	T_ASSERT(wcscoll(L"abc", L"abd") < 0);
	T_EQ_INT(wcscasecmp(L"HeLLo", L"hello"), 0);
	T_ASSERT(wcscasecmp(L"a", L"B") < 0);
	T_EQ_INT(wcsncasecmp(L"ABx", L"aby", 2), 0);
	T_ASSERT(wcsncasecmp(L"ABx", L"aby", 3) < 0);

	T_EQ_PTR(wcschr(s, L'o'), s + 4);
	T_EQ_PTR(wcschr(s, 0), s + 12);
	T_EQ_PTR(wcschr(s, L'q'), 0);
	T_EQ_PTR(wcsrchr(s, L'o'), s + 8);
	T_EQ_PTR(wcsrchr(s, L'q'), 0);
	T_EQ_PTR(wcsstr(s, L"wor"), s + 7);
	T_EQ_PTR(wcsstr(s, L""), s);
	T_EQ_PTR(wcsstr(s, L"worlds"), 0);
	T_EQ_PTR(wcswcs(s, L"wor"), s + 7);
	T_EQ_PTR(wcswcs(s, L"worlds"), 0);
	T_EQ_INT(wcsspn(s, L"ehl"), 4);
	T_EQ_INT(wcscspn(s, L" ,"), 5);
	T_EQ_PTR(wcspbrk(s, L"wr"), s + 7);
	T_EQ_PTR(wcspbrk(s, L"q"), 0);

	wchar_t tok[] = L"  one, two,,three ";
	wchar_t *save, *t;
	t = wcstok(tok, L" ,", &save);
	T_ASSERT(t && wcscmp(t, L"one") == 0);
	t = wcstok(0, L" ,", &save);
	T_ASSERT(t && wcscmp(t, L"two") == 0);
	t = wcstok(0, L" ,", &save);
	T_ASSERT(t && wcscmp(t, L"three") == 0);
	T_EQ_PTR(wcstok(0, L" ,", &save), 0);

	wchar_t *d = wcsdup(s);
	T_ASSERT(d && wcscmp(d, s) == 0 && d != s);
	free(d);

	T_EQ_INT(wcsxfrm(buf, L"abc", 32), 3);
	T_EQ_INT(wcscmp(buf, L"abc"), 0);
	T_EQ_INT(wcsxfrm(0, L"abcd", 0), 4);

	wchar_t m[8] = {1, 2, 3, 4, 5, 6, 7, 8};
	T_EQ_PTR(wmemchr(m, 5, 8), m + 4);
	T_EQ_PTR(wmemchr(m, 5, 4), 0);
	T_EQ_INT(wmemcmp(m, m, 8), 0);
	wchar_t m2[8];
	T_EQ_PTR(wmemcpy(m2, m, 8), m2);
	T_EQ_INT(wmemcmp(m, m2, 8), 0);
	m2[7] = 9;
	T_ASSERT(wmemcmp(m, m2, 8) < 0);
	T_EQ_PTR(wmemmove(m + 1, m, 7), m + 1);
	T_EQ_INT(m[1], 1);
	T_EQ_INT(m[7], 7);
	wmemmove(m, m + 1, 7);
	T_EQ_INT(m[0], 1);
	T_EQ_INT(m[6], 7);
	T_EQ_PTR(wmemset(m2, L'z', 3), m2);
	T_EQ_INT(m2[2], L'z');
	T_EQ_INT(m2[3], 4);
	/* wchar_t is signed: negative values sort below positive ones */
	wchar_t neg[] = {-1, 0}, pos[] = {1, 0};
	T_ASSERT(wcscmp(neg, pos) < 0);
	T_ASSERT(wmemcmp(neg, pos, 1) < 0);
	return t_status();
}
