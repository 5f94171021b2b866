/* The multibyte functions in the C locale: ASCII round trips everywhere; musl's
 * byte-safe mapping of 0x80..0xff to 0xdf80..0xdfff (glibc's C locale is ASCII-only, so
 * those checks are musl/rcc only). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "t.h"

int main(void)
{
	T_EQ_INT(MB_CUR_MAX, 1);
	T_ASSERT(MB_LEN_MAX >= 4);
	wchar_t wc = 0;
	char buf[8];
	mbstate_t st;
	memset(&st, 0, sizeof st);

	/* ASCII both ways */
	for (int c = 1; c < 128; c++) {
		char s[2] = {(char)c, 0};
		if (mbtowc(&wc, s, 1) != 1 || wc != c)
			T_EQ_INT(wc, c);
		if (wctomb(buf, (wchar_t)c) != 1 || buf[0] != c)
			T_EQ_INT(buf[0], c);
		T_EQ_INT(btowc(c), c);
		T_EQ_INT(wctob((wint_t)c), c);
		T_EQ_INT(mblen(s, 1), 1);
	}
	T_EQ_INT(mbtowc(&wc, "", 1), 0);
	T_EQ_INT(wc, 0);
	T_EQ_INT(mblen("", 1), 0);
	T_EQ_INT(mbtowc(0, 0, 0), 0);
	T_EQ_INT(mblen(0, 0), 0);
	T_EQ_INT(wctomb(0, 0), 0);
	T_EQ_INT(wctomb(buf, 0), 1);
	T_EQ_INT(buf[0], 0);
	T_EQ_INT(btowc(-1), WEOF);
	T_EQ_INT(wctob(WEOF), -1);

	/* restartable forms */
	T_EQ_INT(mbrtowc(&wc, "a", 1, &st), 1);
	T_EQ_INT(wc, 'a');
	T_EQ_INT(mbrtowc(&wc, "", 1, &st), 0);
	T_EQ_INT((long)mbrtowc(&wc, "a", 0, &st), -2);
	T_EQ_INT(mbrtowc(0, "a", 1, &st), 1);
	T_EQ_INT(mbrtowc(&wc, 0, 1, &st), 0);
	T_EQ_INT(mbrtowc(&wc, "z", 1, 0), 1);
	T_EQ_INT(mbrlen("q", 1, &st), 1);
	T_EQ_INT(mbrlen("q", 1, 0), 1);
	T_ASSERT(mbsinit(&st));
	T_ASSERT(mbsinit(0));
	T_EQ_INT(wcrtomb(buf, L'x', &st), 1);
	T_EQ_INT(buf[0], 'x');
	T_EQ_INT(wcrtomb(0, L'x', &st), 1);

	/* characters beyond the C locale's range */
	errno = 0;
	T_EQ_INT((long)wcrtomb(buf, 0x100, &st), -1);
	T_EQ_INT(errno, EILSEQ);
	errno = 0;
	T_EQ_INT(wctomb(buf, 0xe9), -1);
	T_EQ_INT(errno, EILSEQ);
	T_EQ_INT(wctob(0xe9), -1);

	/* string conversions */
	wchar_t ws[16];
	T_EQ_INT(mbstowcs(ws, "hello", 16), 5);
	T_EQ_INT(ws[0], 'h');
	T_EQ_INT(ws[5], 0);
	T_EQ_INT(mbstowcs(0, "hello", 0), 5);
	T_EQ_INT(mbstowcs(ws, "hello", 3), 3);
	T_EQ_INT(ws[2], 'l');
	T_EQ_INT(wcstombs(buf, L"abc", 8), 3);
	T_EQ_STR(buf, "abc");
	T_EQ_INT(wcstombs(0, L"abcd", 0), 4);
	memset(buf, 'z', sizeof buf);
	T_EQ_INT(wcstombs(buf, L"abcd", 2), 2);
	T_EQ_INT(buf[2], 'z');
	errno = 0;
	T_EQ_INT((long)wcstombs(buf, L"a\x100", 8), -1);
	T_EQ_INT(errno, EILSEQ);

	const char *src = "xyz";
	T_EQ_INT(mbsrtowcs(ws, &src, 2, &st), 2);
	T_EQ_STR(src, "z");
	T_EQ_INT(mbsrtowcs(ws, &src, 8, &st), 1);
	T_ASSERT(src == 0);
	src = "abcdef";
	T_EQ_INT(mbsnrtowcs(ws, &src, 3, 16, &st), 3);
	T_EQ_STR(src, "def");
	const wchar_t *wsrc = L"hey";
	T_EQ_INT(wcsrtombs(buf, &wsrc, 8, &st), 3);
	T_ASSERT(wsrc == 0);
	T_EQ_STR(buf, "hey");
	wsrc = L"hello";
	T_EQ_INT(wcsnrtombs(buf, &wsrc, 2, 8, &st), 2);
	T_EQ_INT(*wsrc, 'l');
	wsrc = L"ab\x100";
	errno = 0;
	T_EQ_INT((long)wcsrtombs(buf, &wsrc, 8, &st), -1);
	T_EQ_INT(errno, EILSEQ);
	T_EQ_INT(*wsrc, 0x100);

#ifndef __GLIBC__
	/* musl's C locale: every byte is a character */
	T_EQ_INT(mbtowc(&wc, "\x80", 1), 1);
	T_EQ_INT(wc, 0xdf80);
	T_EQ_INT(mbtowc(&wc, "\xc3\xa9", 2), 1);
	T_EQ_INT(wc, 0xdfc3);
	T_EQ_INT(wctomb(buf, 0xdfff), 1);
	T_EQ_INT((unsigned char)buf[0], 0xff);
	T_EQ_INT(btowc(0x80), 0xdf80);
	T_EQ_INT(wctob(0xdf80), 0x80);
	T_EQ_INT(mbstowcs(ws, "a\xffz", 8), 3);
	T_EQ_INT(ws[1], 0xdfff);
	wchar_t back[] = {'a', 0xdf99, 0};
	T_EQ_INT(wcstombs(buf, back, 8), 2);
	T_EQ_INT((unsigned char)buf[1], 0x99);
	for (int b = 0x80; b < 0x100; b++) {
		char s[2] = {(char)b, 0};
		wchar_t w;
		if (mbrtowc(&w, s, 1, &st) != 1 || wcrtomb(buf, w, &st) != 1 || (unsigned char)buf[0] != b)
			T_EQ_INT(b, -1);
	}
#else
	errno = 0;
	T_EQ_INT(mbtowc(&wc, "\x80", 1), -1);
	T_EQ_INT(errno, EILSEQ);
#endif
	return t_status();
}
