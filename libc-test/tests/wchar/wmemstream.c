/* open_wmemstream: wide output into a growing buffer; size and position in wide
 * characters; buffer and size updated by fflush/fclose; the buffer is the caller's to free. */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include "t.h"

int main(void)
{
	wchar_t *buf = (wchar_t *)1;
	size_t size = 99;
	FILE *f = open_wmemstream(&buf, &size);
	T_ASSERT(f != NULL);
	T_ASSERT(fwide(f, 0) > 0);
	T_EQ_INT(fflush(f), 0);
	T_ASSERT(buf != NULL && buf != (wchar_t *)1);
	T_EQ_INT(size, 0);
	T_EQ_INT(buf[0], 0);

	T_ASSERT(fputws(L"hello", f) >= 0);
	T_EQ_INT(fputwc(L',', f), L',');
	/* Only %ls and %lc: musl 1.2.3 loses %d output on these streams. */
	T_ASSERT(fwprintf(f, L" %lc%lc %ls", (wint_t)L'4', (wint_t)L'2', L"world") == 9);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(size, 15);
	T_ASSERT(wcscmp(buf, L"hello, 42 world") == 0);
	T_EQ_INT(ftell(f), 15);

	/* Rewriting in the middle: the size follows the position. */
	T_EQ_INT(fseek(f, 7, SEEK_SET), 0);
	T_EQ_INT(ftell(f), 7);
	T_EQ_INT(fputwc(L'X', f), L'X');
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(size, 8);
	T_EQ_INT(buf[7], L'X');
	T_EQ_INT(buf[8], L'2');
	errno = 0;
	T_EQ_INT(fseek(f, -9, SEEK_CUR), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(fseek(f, 15, SEEK_SET), 0);

	/* Growth across many reallocations. */
	for (int i = 0; i < 5000; i++)
		T_EQ_INT(fputwc((wchar_t)(L'a' + i % 26), f), (wint_t)(L'a' + i % 26));
	T_EQ_INT(fclose(f), 0);
	T_EQ_INT(size, 5015);
	T_EQ_INT(buf[15], L'a');
	T_EQ_INT(buf[5014], (wchar_t)(L'a' + 4999 % 26));
	T_EQ_INT(buf[5015], 0);
	T_EQ_INT(wcslen(buf), 5015);
	free(buf);

	/* Characters beyond ASCII in a UTF-8 locale. */
	if (setlocale(LC_CTYPE, "C.UTF-8")) {
		f = open_wmemstream(&buf, &size);
		T_ASSERT(f != NULL);
		T_ASSERT(fwprintf(f, L"h\xe9llo \x20ac%lc", (wint_t)0x1f600) == 8);
		T_EQ_INT(fclose(f), 0);
		T_EQ_INT(size, 8);
		T_ASSERT(wcscmp(buf, L"h\xe9llo \x20ac\x1f600") == 0);
		free(buf);
	}
	return t_status();
}
