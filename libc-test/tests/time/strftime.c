// rcc-test: env=TZ=UTC
/* strftime: every C17/POSIX conversion for fixed dates, in the C locale, compared with
 * the strings musl and glibc both produce; flags, ISO weeks, a too-small buffer. */
#include <time.h>
#include "t.h"

static char buf[256];

static const char *f(const char *fmt, const struct tm *tm)
{
	buf[0] = 'x';
	if (strftime(buf, sizeof buf, fmt, tm) == 0)
		return "(zero)";
	return buf;
}

int main(void)
{
	struct tm t = {0};
	char small[8];

	t.tm_year = 124; /* Tuesday 2024-03-05 14:07:09 */
	t.tm_mon = 2;
	t.tm_mday = 5;
	t.tm_hour = 14;
	t.tm_min = 7;
	t.tm_sec = 9;
	t.tm_wday = 2;
	t.tm_yday = 64;
	T_EQ_STR(f("%a|%A|%b|%B|%h", &t), "Tue|Tuesday|Mar|March|Mar");
	T_EQ_STR(f("%c", &t), "Tue Mar  5 14:07:09 2024");
	T_EQ_STR(f("%C|%d|%D|%e|%F", &t), "20|05|03/05/24| 5|2024-03-05");
	T_EQ_STR(f("%g|%G|%H|%I|%j", &t), "24|2024|14|02|065");
	T_EQ_STR(f("%m|%M|%n|%p|%r|%R", &t), "03|07|\n|PM|02:07:09 PM|14:07");
	T_EQ_STR(f("%s|%S|%t|%T", &t), "1709647629|09|\t|14:07:09");
	T_EQ_STR(f("%u|%U|%V|%w|%W", &t), "2|09|10|2|10");
	T_EQ_STR(f("%x|%X|%y|%Y|%z|%%", &t), "03/05/24|14:07:09|24|2024|+0000|%");
	T_EQ_STR(f("%Ec|%EC|%Ex|%EX|%Ey|%EY", &t), "Tue Mar  5 14:07:09 2024|20|03/05/24|14:07:09|24|2024");
	T_EQ_STR(f("%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", &t),
		"05| 5|14|02|03|07|09|2|09|10|2|10|24");
	T_EQ_STR(f("%_H|%-d|%-m/%-d|%05Y|%-j|%_d", &t), "14|5|3/5|02024|65| 5");

	/* Midnight and noon in 12-hour form. */
	t.tm_hour = 0;
	T_EQ_STR(f("%I %p", &t), "12 AM");
	t.tm_hour = 12;
	T_EQ_STR(f("%I %p", &t), "12 PM");

	/* ISO 8601 week-based years at the turn of the year. */
	t.tm_year = 121; /* Friday 2021-01-01 belongs to 2020-W53 */
	t.tm_mon = 0;
	t.tm_mday = 1;
	t.tm_wday = 5;
	t.tm_yday = 0;
	T_EQ_STR(f("%G %g %V %U %W", &t), "2020 20 53 00 00");
	t.tm_year = 120; /* Thursday 2020-12-31 */
	t.tm_mon = 11;
	t.tm_mday = 31;
	t.tm_wday = 4;
	t.tm_yday = 365;
	T_EQ_STR(f("%G %V %U %W %j", &t), "2020 53 52 52 366");
	t.tm_year = 118; /* Monday 2018-12-31 is 2019-W01 */
	t.tm_mday = 31;
	t.tm_wday = 1;
	t.tm_yday = 364;
	T_EQ_STR(f("%G %V %u", &t), "2019 01 1");
	t.tm_year = -2000; /* year -100 */
	T_EQ_STR(f("%Y %C %y", &t), "-100 -1 00");

	/* Result does not fit: 0. */
	T_EQ_INT(strftime(small, sizeof small, "%Y-%m-%d", &t), 0);
	T_EQ_INT(strftime(small, sizeof small, "%H:%M", &t), 5);
	T_EQ_STR(small, "12:07");
	T_EQ_INT(strftime(small, 0, "x", &t), 0);
	T_EQ_INT(strftime(small, sizeof small, "", &t), 0);

	/* %z and %Z from localtime. */
	{
		time_t s = 0;
		struct tm u;
		localtime_r(&s, &u);
		T_EQ_STR(f("%z %Z", &u), "+0000 UTC");
	}
	return t_status();
}
