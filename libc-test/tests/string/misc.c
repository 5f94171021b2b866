// explicit_bzero strcoll strxfrm (+ _l) rawmemchr.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

#if __has_include(<locale.h>)
#include <locale.h>
#define C_LOCALE() newlocale(LC_ALL_MASK, "C", (locale_t)0)
#else
#define C_LOCALE() ((locale_t)0)
#endif

static void scrub(char *p, size_t n) { explicit_bzero(p, n); }

int main(void)
{
	char secret[32];
	memset(secret, 'S', sizeof secret);
	scrub(secret + 4, 20);
	T_EQ_MEM(secret, "SSSS", 4);
	for (int i = 4; i < 24; i++)
		T_EQ_INT(secret[i], 0);
	T_EQ_INT(secret[24], 'S');
	explicit_bzero(secret, 0);
	T_EQ_INT(secret[0], 'S');

	/* C locale collation is byte order. */
	T_EQ_INT(strcoll("abc", "abc"), 0);
	T_EQ_INT(T_SIGN(strcoll("B", "a")), -1);
	T_EQ_INT(T_SIGN(strcoll("\xe4", "z")), 1);
	T_EQ_INT(T_SIGN(strcoll("ab", "abc")), -1);
	locale_t l = C_LOCALE();
	T_EQ_INT(T_SIGN(strcoll_l("b", "a", l)), 1);

	char buf[16];
	T_EQ_INT(strxfrm(buf, "hello", sizeof buf), 5);
	T_EQ_STR(buf, "hello");
	T_EQ_INT(strxfrm(NULL, "hello", 0), 5); /* length only */
	T_EQ_INT(strxfrm(buf, "hello", 6), 5);
	T_EQ_STR(buf, "hello");
	T_EQ_INT(strxfrm(buf, "toolong", 3), 7); /* result >= n: contents indeterminate */
	T_EQ_INT(strxfrm_l(buf, "xy", sizeof buf, l), 2);
	T_EQ_STR(buf, "xy");
	/* strcmp of transformed strings orders like strcoll. */
	char x[16], y[16];
	strxfrm(x, "apple", sizeof x);
	strxfrm(y, "apricot", sizeof y);
	T_EQ_INT(T_SIGN(strcmp(x, y)), T_SIGN(strcoll("apple", "apricot")));
	return t_status();
}
