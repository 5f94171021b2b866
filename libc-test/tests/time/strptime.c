// rcc-test: env=TZ=UTC
/* strptime in the C locale: the POSIX conversions musl and glibc agree on, names in any
 * case and either length, the %y century rule, %C, %p, white space, the returned pointer,
 * untouched fields and mismatches. */
#define _XOPEN_SOURCE 700
#include <time.h>
#include "t.h"

static struct tm t;

/* Parses s with fmt into t (fields preset to 99); the offset of the rest, or -1. */
static int p(const char *s, const char *fmt)
{
	char *r;
	t.tm_sec = t.tm_min = t.tm_hour = t.tm_mday = t.tm_mon = 99;
	t.tm_year = t.tm_wday = t.tm_yday = 99;
	r = strptime(s, fmt, &t);
	return r ? (int)(r - s) : -1;
}

int main(void)
{
	T_EQ_INT(p("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"), 19);
	T_EQ_INT(t.tm_year, 124);
	T_EQ_INT(t.tm_mon, 1);
	T_EQ_INT(t.tm_mday, 29);
	T_EQ_INT(t.tm_hour, 13);
	T_EQ_INT(t.tm_min, 5);
	T_EQ_INT(t.tm_sec, 9);

	T_EQ_INT(p("2024x", "%Y"), 4);
	T_EQ_INT(p("tHu", "%a"), 3);
	T_EQ_INT(t.tm_wday, 4);
	T_EQ_INT(p("saturday!", "%A"), 8);
	T_EQ_INT(t.tm_wday, 6);
	T_EQ_INT(p("SEPTEMBER", "%b"), 9);
	T_EQ_INT(t.tm_mon, 8);
	T_EQ_INT(p("dec", "%B"), 3);
	T_EQ_INT(t.tm_mon, 11);
	T_EQ_INT(p("Feb", "%h"), 3);
	T_EQ_INT(t.tm_mon, 1);
	T_EQ_INT(p("Foo", "%b"), -1);

	T_EQ_INT(p("69", "%y"), 2);
	T_EQ_INT(t.tm_year, 69);
	T_EQ_INT(p("68", "%y"), 2);
	T_EQ_INT(t.tm_year, 168);
	T_EQ_INT(p("00", "%y"), 2);
	T_EQ_INT(t.tm_year, 100);
	T_EQ_INT(p("19 05", "%C %y"), 5);
	T_EQ_INT(t.tm_year, 5);
	T_EQ_INT(p("21 99", "%C %y"), 5);
	T_EQ_INT(t.tm_year, 299);

	T_EQ_INT(p("060", "%j"), 3);
	T_EQ_INT(t.tm_yday, 59);
	T_EQ_INT(p("367", "%j"), -1);
	T_EQ_INT(p("13", "%m"), -1);
	T_EQ_INT(p("00", "%d"), -1);
	T_EQ_INT(p("24", "%H"), -1);
	T_EQ_INT(p("x", "%d"), -1);
	T_EQ_INT(p("3", "%w"), 1);
	T_EQ_INT(t.tm_wday, 3);

	T_EQ_INT(p("03:04:05 PM", "%r"), 11);
	T_EQ_INT(t.tm_hour, 15);
	T_EQ_INT(p("12 am", "%I %p"), 5);
	T_EQ_INT(t.tm_hour, 0);
	T_EQ_INT(p("12 pm", "%I %p"), 5);
	T_EQ_INT(t.tm_hour, 12);
	T_EQ_INT(p("07 xm", "%I %p"), -1);

	T_EQ_INT(p("03/07/24", "%D"), 8);
	T_EQ_INT(t.tm_year * 10000 + t.tm_mon * 100 + t.tm_mday, 1240207);
	T_EQ_INT(p("03/07/24 23:59:60", "%x %X"), 17);
	T_EQ_INT(t.tm_sec, 60);
	T_EQ_INT(p("23:59", "%R"), 5);
	T_EQ_INT(p("01:02:03", "%T"), 8);
	T_EQ_INT(t.tm_hour * 10000 + t.tm_min * 100 + t.tm_sec, 10203);
	T_EQ_INT(p("Thu Mar  7 13:05:09 2024", "%c"), 24);
	T_EQ_INT(t.tm_wday, 4);
	T_EQ_INT(t.tm_mday, 7);
	T_EQ_INT(t.tm_year, 124);

	/* White space in the format, %n and %t match any amount, including none. */
	T_EQ_INT(p("12 \t\n 34", "%H %M"), 8);
	T_EQ_INT(t.tm_min, 34);
	T_EQ_INT(p("1234", "%H %M"), 4);
	T_EQ_INT(p("a \t b", "a%n%tb"), 5);
	T_EQ_INT(p("ab", "a%nb"), 2);
	T_EQ_INT(p("50%", "%M%%"), 3);
	T_EQ_INT(p("50x", "%M%%"), -1);
	T_EQ_INT(p("ab", "ac"), -1);

	/* Week numbers parse. */
	T_EQ_INT(p("12 34", "%U %W"), 5);
	T_EQ_INT(p("05 x", "%H x"), 4);
	T_EQ_INT(t.tm_min, 99); /* not named: left alone */
	return t_status();
}
