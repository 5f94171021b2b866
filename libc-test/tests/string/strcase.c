// strcasecmp strncasecmp (+ _l) strcasestr index rindex ffs.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <strings.h>
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
	T_EQ_INT(strcasecmp("Hello", "hELLO"), 0);
	T_EQ_INT(strcasecmp("", ""), 0);
	T_EQ_INT(T_SIGN(strcasecmp("abc", "ABD")), -1);
	T_EQ_INT(T_SIGN(strcasecmp("ABD", "abc")), 1);
	T_EQ_INT(T_SIGN(strcasecmp("ab", "ABC")), -1);
	/* Folding is to lower case: '[' (0x5b) sorts before 'a' but after 'A'..'Z' folded. */
	T_EQ_INT(T_SIGN(strcasecmp("[", "a")), -1);
	T_EQ_INT(T_SIGN(strcasecmp("_", "A")), -1);
	/* Bytes >= 0x80 are not letters in the C locale and compare as unsigned char. */
	T_ASSERT(strcasecmp("\xc4", "\xe4") != 0);
	T_EQ_INT(T_SIGN(strcasecmp("\xc4", "\xe4")), -1);
	T_EQ_INT(T_SIGN(strcasecmp("\xff", "z")), 1);
	T_EQ_INT(strcasecmp("\xe9t\xe9", "\xe9T\xe9"), 0);

	T_EQ_INT(strncasecmp("HELLOx", "helloy", 5), 0);
	T_EQ_INT(T_SIGN(strncasecmp("HELLOx", "helloy", 6)), -1);
	T_EQ_INT(strncasecmp("a", "b", 0), 0);
	T_EQ_INT(strncasecmp("ab", "AB", 100), 0);
	T_EQ_INT(strncasecmp("ab\0x", "AB\0y", 4), 0);

	T_EQ_INT(strcasecmp_l("MiXeD", "mixed", C_LOCALE()), 0);
	T_EQ_INT(strncasecmp_l("MiXeD", "mixes", 4, C_LOCALE()), 0);

	const char *h = "The Quick Brown Fox";
	T_EQ_PTR(strcasestr(h, "quick"), h + 4);
	T_EQ_PTR(strcasestr(h, "FOX"), h + 16);
	T_EQ_PTR(strcasestr(h, "t"), h);
	T_EQ_PTR(strcasestr(h, ""), h);
	T_EQ_PTR(strcasestr(h, "foxes"), NULL);
	const char *r = "aaab";
	T_EQ_PTR(strcasestr(r, "AAB"), r + 1);
	T_EQ_PTR(strcasestr("\xc4", "\xe4"), NULL);

	const char *s = "abcabc";
	T_EQ_PTR(index(s, 'b'), s + 1);
	T_EQ_PTR(rindex(s, 'b'), s + 4);
	T_EQ_PTR(index(s, 0), s + 6);
	T_EQ_PTR(rindex(s, 0), s + 6);
	T_EQ_PTR(index(s, 'z'), NULL);
	T_EQ_PTR(rindex(s, 'z'), NULL);

	T_EQ_INT(ffs(0), 0);
	T_EQ_INT(ffs(1), 1);
	T_EQ_INT(ffs(12), 3);
	T_EQ_INT(ffs((int)0x80000000u), 32);
	T_EQ_INT(ffs(-1), 1);
	T_EQ_INT(ffsl(0L), 0);
	T_EQ_INT(ffsl(1L << 40), 41);
	T_EQ_INT(ffsll(0LL), 0);
	T_EQ_INT(ffsll(1LL << 63), 64);
	return t_status();
}
