/* <wctype.h> classification and case mapping, and wcwidth/wcswidth. glibc's C locale
 * classifies only ASCII wide characters, so the Unicode checks are musl/rcc only. */
#define _GNU_SOURCE
#include <wchar.h>
#include <wctype.h>
#include "t.h"

int main(void)
{
	for (int c = 0; c < 128; c++) {
		int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		int digit = c >= '0' && c <= '9';
		T_EQ_INT(!!iswalpha(c), alpha);
		T_EQ_INT(!!iswdigit(c), digit);
		T_EQ_INT(!!iswalnum(c), alpha || digit);
		T_EQ_INT(!!iswupper(c), c >= 'A' && c <= 'Z');
		T_EQ_INT(!!iswlower(c), c >= 'a' && c <= 'z');
		T_EQ_INT(!!iswspace(c), c == ' ' || (c >= 9 && c <= 13));
		T_EQ_INT(!!iswblank(c), c == ' ' || c == '\t');
		T_EQ_INT(!!iswcntrl(c), c < 32 || c == 127);
		T_EQ_INT(!!iswprint(c), c >= 32 && c < 127);
		T_EQ_INT(!!iswgraph(c), c > 32 && c < 127);
		T_EQ_INT(!!iswpunct(c), c > 32 && c < 127 && !alpha && !digit);
		T_EQ_INT(!!iswxdigit(c), digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
		T_EQ_INT(towupper(c), (c >= 'a' && c <= 'z') ? c - 32 : c);
		T_EQ_INT(towlower(c), (c >= 'A' && c <= 'Z') ? c + 32 : c);
	}
	T_EQ_INT(towupper(WEOF), WEOF);
	T_EQ_INT(iswalpha(WEOF), 0);

	wctype_t a = wctype("alpha"), d = wctype("digit");
	T_ASSERT(a != 0 && d != 0 && a != d);
	T_EQ_INT(wctype("nonsense"), 0);
	T_ASSERT(iswctype(L'q', a));
	T_ASSERT(!iswctype(L'q', d));
	T_ASSERT(iswctype(L'5', wctype("xdigit")));
	T_ASSERT(iswctype(L' ', wctype("space")));
	T_EQ_INT(iswctype(L'q', 0), 0);
	wctrans_t up = wctrans("toupper"), lo = wctrans("tolower");
	T_ASSERT(up != 0 && lo != 0);
	T_EQ_PTR(wctrans("upper"), 0);
	T_EQ_INT(towctrans(L'a', up), L'A');
	T_EQ_INT(towctrans(L'A', lo), L'a');

	T_EQ_INT(wcwidth(L'a'), 1);
	T_EQ_INT(wcwidth(0), 0);
	T_EQ_INT(wcwidth(7), -1);
	T_EQ_INT(wcswidth(L"hello", 10), 5);
	T_EQ_INT(wcswidth(L"hello", 3), 3);
	T_EQ_INT(wcswidth(L"a\tb", 10), -1);

#ifndef __GLIBC__
	T_ASSERT(iswalpha(0xe9));
	T_ASSERT(iswalpha(0x416));
	T_ASSERT(iswalpha(0x4e2d));
	T_ASSERT(iswlower(0x3b1));
	T_ASSERT(iswupper(0x391));
	T_ASSERT(iswpunct(0xbf));
	T_ASSERT(iswspace(0x3000));
	T_ASSERT(!iswspace(0xa0));
	T_EQ_INT(towupper(0xe9), 0xc9);
	T_EQ_INT(towlower(0xc0), 0xe0);
	T_EQ_INT(towupper(0x3c9), 0x3a9);
	T_EQ_INT(towlower(0x42f), 0x44f);
	T_EQ_INT(towupper(0x561), 0x531);
	T_EQ_INT(towupper(0xff), 0x178);
	T_EQ_INT(wcwidth(0xe9), 1);
	T_EQ_INT(wcwidth(0x300), 0);
	T_EQ_INT(wcwidth(0x4e2d), 2);
	T_EQ_INT(wcwidth(0xac00), 2);
	T_EQ_INT(wcwidth(0xff21), 2);
	T_EQ_INT(wcwidth(0x9f), -1);
	T_EQ_INT(wcswidth(L"\x4e2d\x6587", 5), 4);
#endif
	return t_status();
}
