// setlocale (C, POSIX, C.UTF-8, queries, bad category), MB_CUR_MAX and CODESET following
// LC_CTYPE, localeconv's C values, newlocale/uselocale/duplocale/freelocale, nl_langinfo.
#define _GNU_SOURCE
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <t.h>

static int is_c_codeset(const char *s)
{
	return !strcmp(s, "ASCII") || !strcmp(s, "ANSI_X3.4-1968"); /* musl, glibc */
}

int main(void)
{
	T_EQ_STR(setlocale(LC_ALL, NULL), "C");
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C");
	T_EQ_INT(MB_CUR_MAX, 1);
	T_ASSERT(is_c_codeset(nl_langinfo(CODESET)));
	T_EQ_PTR(setlocale(99, "C"), 0);
	T_EQ_PTR(setlocale(-1, NULL), 0);

	T_EQ_STR(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8");
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	T_EQ_STR(setlocale(LC_NUMERIC, NULL), "C");
	T_ASSERT(MB_CUR_MAX >= 4);
	T_EQ_STR(nl_langinfo(CODESET), "UTF-8");
	wchar_t wc = 0;
	T_EQ_INT(mbtowc(&wc, "\xc3\xa9", 2), 2);
	T_EQ_INT(wc, 0xe9);

	T_EQ_STR(setlocale(LC_ALL, "C"), "C");
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C");
	T_EQ_INT(MB_CUR_MAX, 1);
	T_EQ_STR(setlocale(LC_ALL, "POSIX"), "C");

	/* A saved LC_ALL string restores a mixed setting. */
	setlocale(LC_CTYPE, "C.UTF-8");
	char saved[200];
	strcpy(saved, setlocale(LC_ALL, NULL));
	setlocale(LC_ALL, "C");
	T_ASSERT(setlocale(LC_ALL, saved) != 0);
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	T_EQ_STR(setlocale(LC_TIME, NULL), "C");
	setlocale(LC_ALL, "C");

	struct lconv *lc = localeconv();
	T_EQ_STR(lc->decimal_point, ".");
	T_EQ_STR(lc->thousands_sep, "");
	T_EQ_STR(lc->grouping, "");
	T_EQ_STR(lc->currency_symbol, "");
	T_EQ_INT(lc->int_frac_digits, CHAR_MAX);
	T_EQ_INT(lc->n_sign_posn, CHAR_MAX);

	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	T_ASSERT(c != 0);
	locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", c);
	T_ASSERT(u != 0);
	T_EQ_STR(nl_langinfo_l(CODESET, u), "UTF-8");
	T_EQ_PTR(uselocale(u), LC_GLOBAL_LOCALE);
	T_EQ_PTR(uselocale((locale_t)0), u);
	T_ASSERT(MB_CUR_MAX >= 4);
	T_EQ_STR(nl_langinfo(CODESET), "UTF-8");
	locale_t d = duplocale(u);
	T_ASSERT(d != 0);
	T_EQ_STR(nl_langinfo_l(CODESET, d), "UTF-8");
	freelocale(d);
	T_EQ_PTR(uselocale(LC_GLOBAL_LOCALE), u);
	T_EQ_INT(MB_CUR_MAX, 1);
	T_EQ_PTR(uselocale((locale_t)0), LC_GLOBAL_LOCALE);
	freelocale(u);

	T_EQ_STR(nl_langinfo(DAY_1), "Sunday");
	T_EQ_STR(nl_langinfo(ABDAY_7), "Sat");
	T_EQ_STR(nl_langinfo(MON_2), "February");
	T_EQ_STR(nl_langinfo(ABMON_12), "Dec");
	T_EQ_STR(nl_langinfo(AM_STR), "AM");
	T_EQ_STR(nl_langinfo(PM_STR), "PM");
	T_EQ_STR(nl_langinfo(D_FMT), "%m/%d/%y");
	T_EQ_STR(nl_langinfo(T_FMT), "%H:%M:%S");
	T_EQ_STR(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p");
	const char *dt = nl_langinfo(D_T_FMT);
	T_ASSERT(!strcmp(dt, "%a %b %e %T %Y") || !strcmp(dt, "%a %b %e %H:%M:%S %Y"));
	T_EQ_STR(nl_langinfo(RADIXCHAR), ".");
	T_EQ_STR(nl_langinfo(THOUSEP), "");
	T_EQ_STR(nl_langinfo(YESEXPR), "^[yY]");
	T_EQ_STR(nl_langinfo(NOEXPR), "^[nN]");
	return t_status();
}
