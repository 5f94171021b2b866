/* Wide character stream I/O: orientation, fputwc/fgetwc/ungetwc/fgetws/fputws (ASCII,
 * which every C locale encodes the same way). */
#define _GNU_SOURCE
#include <stdio.h>
#include <wchar.h>
#include "t.h"

int main(void)
{
	FILE *f = tmpfile();
	T_ASSERT(f != 0);
	if (!f)
		return t_status();
	T_EQ_INT(fwide(f, 0), 0);
	T_EQ_INT(fputwc(L'h', f), L'h');
	T_ASSERT(fwide(f, 0) > 0);
	/* once oriented, fwide cannot change it */
	T_ASSERT(fwide(f, -1) > 0);
	T_EQ_INT(putwc(L'i', f), L'i');
	T_ASSERT(fputws(L"\nsecond line\nend", f) >= 0);
	T_EQ_INT(fputwc_unlocked(L'!', f), L'!');
	rewind(f);

	T_EQ_INT(fgetwc(f), L'h');
	T_EQ_INT(getwc(f), L'i');
	T_EQ_INT(ungetwc(L'X', f), L'X');
	T_EQ_INT(fgetwc_unlocked(f), L'X');
	T_EQ_INT(fgetwc(f), L'\n');
	wchar_t buf[64];
	T_EQ_PTR(fgetws(buf, 64, f), buf);
	T_EQ_INT(wcscmp(buf, L"second line\n"), 0);
	T_EQ_PTR(fgetws(buf, 3, f), buf);
	T_EQ_INT(wcscmp(buf, L"en"), 0);
	T_EQ_PTR(fgetws(buf, 64, f), buf);
	T_EQ_INT(wcscmp(buf, L"d!"), 0);
	T_EQ_INT(fgetwc(f), WEOF);
	T_ASSERT(feof(f));
	T_ASSERT(!ferror(f));
	T_EQ_PTR(fgetws(buf, 64, f), 0);
	T_EQ_INT(ungetwc(WEOF, f), WEOF);
	T_EQ_INT(ungetwc(L'z', f), L'z');
	T_ASSERT(!feof(f));
	T_EQ_INT(fgetwc(f), L'z');
	fclose(f);

	/* A byte function orients a fresh stream for bytes. */
	f = tmpfile();
	T_ASSERT(f != 0);
	if (!f)
		return t_status();
	T_EQ_INT(fputc('a', f), 'a');
	T_ASSERT(fwide(f, 0) < 0);
	T_ASSERT(fwide(f, 1) < 0);
	fclose(f);

	f = tmpfile();
	if (!f)
		return t_status();
	T_ASSERT(fwide(f, 5) > 0);
	T_ASSERT(fwide(f, 0) > 0);
	fclose(f);
	f = tmpfile();
	if (!f)
		return t_status();
	T_ASSERT(fwide(f, -5) < 0);
	fclose(f);

#ifndef __GLIBC__
	/* musl's C locale: bytes 0x80..0xff are the wide characters 0xdf80..0xdfff, and other
	 * non-ASCII characters have no encoding (glibc's C locale rejects those bytes). */
	f = tmpfile();
	if (!f)
		return t_status();
	T_EQ_INT(fputwc(0xdfe9, f), 0xdfe9);
	T_EQ_INT(fputwc(0xe9, f), WEOF);
	T_ASSERT(ferror(f));
	clearerr(f);
	T_EQ_INT(fputws(L"a\xdf80", f) >= 0, 1);
	rewind(f);
	T_EQ_INT(fgetc(f), 0xe9);
	rewind(f);
	T_EQ_INT(fgetwc(f), 0xdfe9);
	T_EQ_INT(fgetwc(f), L'a');
	T_EQ_INT(fgetwc(f), 0xdf80);
	T_EQ_INT(ungetwc(0xdfff, f), 0xdfff);
	T_EQ_INT(fgetwc(f), 0xdfff);
	T_EQ_INT(fgetwc(f), WEOF);
	fclose(f);
#endif

	T_EQ_INT(putwchar(L'o'), L'o');
	T_EQ_INT(putwchar(L'k'), L'k');
	T_EQ_INT(putwchar(L'\n'), L'\n');
	return t_status();
}
