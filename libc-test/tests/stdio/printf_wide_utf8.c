/* %lc and %ls follow the locale's encoding: UTF-8 after setlocale(LC_CTYPE, "C.UTF-8"),
 * whole characters only within a precision, EILSEQ for what the encoding lacks. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include "t.h"

int main(void)
{
	char buf[64];

	/* The C locale: ASCII only. */
	errno = 0;
	T_EQ_INT(snprintf(buf, sizeof buf, "%lc", (wint_t)0x20ac), -1);
	T_EQ_INT(errno, EILSEQ);
	T_EQ_INT(snprintf(buf, sizeof buf, "[%ls|%lc]", L"ab", (wint_t)L'c'), 6);
	T_EQ_STR(buf, "[ab|c]");

	if (!setlocale(LC_CTYPE, "C.UTF-8")) {
		t_err("no C.UTF-8 locale\n");
		return t_status();
	}
	T_EQ_INT(snprintf(buf, sizeof buf, "[%lc]", (wint_t)0x20ac), 5);
	T_EQ_STR(buf, "[\xe2\x82\xac]");
	T_EQ_INT(snprintf(buf, sizeof buf, "%lc", (wint_t)0x1f600), 4);
	T_EQ_STR(buf, "\xf0\x9f\x98\x80");
	T_EQ_INT(snprintf(buf, sizeof buf, "%ls", L"h\xe9\x20ac"), 6);
	T_EQ_STR(buf, "h\xc3\xa9\xe2\x82\xac");
	/* The precision counts bytes and never splits a character. */
	T_EQ_INT(snprintf(buf, sizeof buf, "[%.4ls]", L"\xe9\x20ac"), 4);
	T_EQ_STR(buf, "[\xc3\xa9]");
	T_EQ_INT(snprintf(buf, sizeof buf, "[%.5ls]", L"\xe9\x20ac"), 7);
	T_EQ_INT(snprintf(buf, sizeof buf, "[%8ls]", L"\xe9"), 10);
	T_EQ_STR(buf, "[      \xc3\xa9]");
	T_EQ_INT(snprintf(buf, sizeof buf, "[%-3lc]", (wint_t)0xe9), 5);
	T_EQ_STR(buf, "[\xc3\xa9 ]");
	errno = 0;
	T_EQ_INT(snprintf(buf, sizeof buf, "%lc", (wint_t)0xd800), -1);
	T_EQ_INT(errno, EILSEQ);
	errno = 0;
	wchar_t bad[] = { L'a', 0xdc00, 0 };
	T_EQ_INT(snprintf(buf, sizeof buf, "%ls", bad), -1);
	T_EQ_INT(errno, EILSEQ);
	/* A bad character beyond the precision is never reached. */
	T_EQ_INT(snprintf(buf, sizeof buf, "%.1ls", bad), 1);
	return t_status();
}
