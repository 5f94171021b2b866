// The POSIX _l variants (C locale behaviour for any locale_t), isascii, toascii.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <ctype.h>
#include <t.h>

/* A C locale object: newlocale where <locale.h> exists; rcc has no <locale.h> yet and its
 * _l functions accept any value, so there a null locale_t stands in. */
#if __has_include(<locale.h>)
#include <locale.h>
#define C_LOCALE() newlocale(LC_ALL_MASK, "C", (locale_t)0)
#else
#define C_LOCALE() ((locale_t)0)
#endif

int main(void)
{
	locale_t l = C_LOCALE();
	for (int c = -1; c <= 255; c++) {
		T_EQ_INT(!!isalnum_l(c, l), !!isalnum(c));
		T_EQ_INT(!!isalpha_l(c, l), !!isalpha(c));
		T_EQ_INT(!!isblank_l(c, l), !!isblank(c));
		T_EQ_INT(!!iscntrl_l(c, l), !!iscntrl(c));
		T_EQ_INT(!!isdigit_l(c, l), !!isdigit(c));
		T_EQ_INT(!!isgraph_l(c, l), !!isgraph(c));
		T_EQ_INT(!!islower_l(c, l), !!islower(c));
		T_EQ_INT(!!isprint_l(c, l), !!isprint(c));
		T_EQ_INT(!!ispunct_l(c, l), !!ispunct(c));
		T_EQ_INT(!!isspace_l(c, l), !!isspace(c));
		T_EQ_INT(!!isupper_l(c, l), !!isupper(c));
		T_EQ_INT(!!isxdigit_l(c, l), !!isxdigit(c));
		T_EQ_INT(tolower_l(c, l), tolower(c));
		T_EQ_INT(toupper_l(c, l), toupper(c));
		T_EQ_INT(!!isascii(c), c >= 0 && c < 128);
		int (*ia)(int) = isascii;
		T_EQ_INT(!!ia(c), c >= 0 && c < 128);
	}
	T_EQ_INT(toascii(0xc1), 0x41);
	T_EQ_INT(toascii(-1), 0x7f);
	T_EQ_INT(_tolower('A'), 'a');
	T_EQ_INT(_toupper('z'), 'Z');
	return t_status();
}
