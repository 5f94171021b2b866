/* wcsftime: the strftime conversions in wide characters, literal wide characters copied,
 * 0 when the result (with its L'\0') does not fit. */
#define _GNU_SOURCE
#include <locale.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include "t.h"

static struct tm t;

/* wcsftime(wf) must produce strftime(f) widened, where f is wf in ASCII. */
static void same(const wchar_t *wf)
{
	char f[64], nb[256];
	wchar_t wb[256];
	size_t i;
	for (i = 0; wf[i]; i++)
		f[i] = (char)wf[i];
	f[i] = 0;
	size_t n = strftime(nb, sizeof nb, f, &t);
	size_t wn = wcsftime(wb, 256, wf, &t);
	T_EQ_INT(wn, n);
	T_ASSERT(n > 0);
	if (wn != n)
		return;
	for (i = 0; i <= n; i++)
		if (wb[i] != (unsigned char)nb[i]) {
			T_ASSERT(wb[i] == (unsigned char)nb[i]);
			break;
		}
}

int main(void)
{
	wchar_t buf[64];

	t.tm_year = 124;
	t.tm_mon = 1;
	t.tm_mday = 29;
	t.tm_hour = 13;
	t.tm_min = 5;
	t.tm_sec = 9;
	t.tm_wday = 4;
	t.tm_yday = 59;
	t.tm_isdst = 0;

	T_EQ_INT(wcsftime(buf, 64, L"%Y-%m-%d %H:%M:%S", &t), 19);
	T_ASSERT(wcscmp(buf, L"2024-02-29 13:05:09") == 0);
	T_EQ_INT(wcsftime(buf, 64, L"%A %a %B %b %p", &t), 28);
	T_ASSERT(wcscmp(buf, L"Thursday Thu February Feb PM") == 0);
	same(L"%c|%x|%X|%D|%F|%T|%R|%r");
	same(L"%j %U %W %V %G %g %u %w %e %C %y %I");
	same(L"%%|%n|%t|%h");
	same(L"%_5d|%-d|%05H|%10A|%3M");
	same(L"%EY|%Od|%Ec");

	/* Wide literals pass through unchanged. */
	T_EQ_INT(wcsftime(buf, 64, L"\x20ac%Y\xe9\x1f600", &t), 7);
	T_ASSERT(wcscmp(buf, L"\x20ac" L"2024\xe9\x1f600") == 0);

	/* Too small: 0, for literals and conversions alike. */
	T_EQ_INT(wcsftime(buf, 19, L"%Y-%m-%d %H:%M:%S", &t), 0);
	T_EQ_INT(wcsftime(buf, 20, L"%Y-%m-%d %H:%M:%S", &t), 19);
	T_EQ_INT(wcsftime(buf, 3, L"abc", &t), 0);
	T_EQ_INT(wcsftime(buf, 4, L"abc", &t), 3);
	T_EQ_INT(wcsftime(buf, 0, L"", &t), 0);
	T_EQ_INT(wcsftime(buf, 1, L"", &t), 0);
	T_EQ_INT(buf[0], 0);

	T_EQ_INT(wcsftime_l(buf, 64, L"%H%M", &t, newlocale(LC_ALL_MASK, "C", 0)), 4);
	T_ASSERT(wcscmp(buf, L"1305") == 0);
	return t_status();
}
