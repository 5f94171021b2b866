/* gmtime_r / timegm round trips over a wide range (negative times, leap years, far
 * future), known dates, normalisation by timegm, and gmtime of the epoch. */
#define _GNU_SOURCE
#include <time.h>
#include "t.h"

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int main(void)
{
	struct tm tm, *p;
	time_t t, back;
	long long s;
	int bad = 0;

	for (s = -70000000000LL; s < 70000000000LL; s += 86399LL * 37 + 13) {
		t = (time_t)s;
		if (!gmtime_r(&t, &tm)) {
			bad++;
			continue;
		}
		back = timegm(&tm);
		if (back != t)
			bad++;
		if (tm.tm_mon == 1 && tm.tm_mday == 29 && !is_leap(tm.tm_year + 1900L))
			bad++;
		if (tm.tm_sec < 0 || tm.tm_sec > 59 || tm.tm_yday < 0 || tm.tm_yday > 365)
			bad++;
	}
	T_EQ_INT(bad, 0);

	t = 0;
	p = gmtime(&t);
	T_ASSERT(p != 0);
	T_EQ_INT(p->tm_year, 70);
	T_EQ_INT(p->tm_mon, 0);
	T_EQ_INT(p->tm_mday, 1);
	T_EQ_INT(p->tm_wday, 4);
	T_EQ_INT(p->tm_yday, 0);
	T_EQ_INT(p->tm_isdst, 0);

	t = -1;
	gmtime_r(&t, &tm);
	T_EQ_INT(tm.tm_year, 69);
	T_EQ_INT(tm.tm_mon, 11);
	T_EQ_INT(tm.tm_mday, 31);
	T_EQ_INT(tm.tm_hour, 23);
	T_EQ_INT(tm.tm_min, 59);
	T_EQ_INT(tm.tm_sec, 59);
	T_EQ_INT(tm.tm_wday, 3);

	t = 951782400; /* 2000-02-29 */
	gmtime_r(&t, &tm);
	T_EQ_INT(tm.tm_mon, 1);
	T_EQ_INT(tm.tm_mday, 29);
	T_EQ_INT(tm.tm_yday, 59);
	T_EQ_INT(tm.tm_wday, 2);

	t = 4107542400LL; /* 2100-03-01: 2100 is not a leap year */
	gmtime_r(&t, &tm);
	T_EQ_INT(tm.tm_year, 200);
	T_EQ_INT(tm.tm_mon, 2);
	T_EQ_INT(tm.tm_mday, 1);
	T_EQ_INT(tm.tm_yday, 59);

	t = 2147483648LL; /* past 2038 */
	gmtime_r(&t, &tm);
	T_EQ_INT(tm.tm_year, 138);
	T_EQ_INT(tm.tm_mon, 0);
	T_EQ_INT(tm.tm_mday, 19);
	T_EQ_INT(tm.tm_hour, 3);
	T_EQ_INT(tm.tm_min, 14);
	T_EQ_INT(tm.tm_sec, 8);

	t = -2208988800LL; /* 1900-01-01 */
	gmtime_r(&t, &tm);
	T_EQ_INT(tm.tm_year, 0);
	T_EQ_INT(tm.tm_yday, 0);
	T_EQ_INT(tm.tm_wday, 1);

	/* timegm normalises out-of-range fields. */
	tm.tm_year = 99;
	tm.tm_mon = 13; /* February 2000 */
	tm.tm_mday = 30; /* -> 1 March */
	tm.tm_hour = 25;
	tm.tm_min = -1;
	tm.tm_sec = 61;
	back = timegm(&tm);
	T_EQ_INT(back, 951782400LL + 86400 + 86400 + 3600 - 60 + 61);
	T_EQ_INT(tm.tm_year, 100);
	T_EQ_INT(tm.tm_mon, 2);
	T_EQ_INT(tm.tm_mday, 2);
	T_EQ_INT(tm.tm_hour, 1);
	T_EQ_INT(tm.tm_min, 0);
	T_EQ_INT(tm.tm_sec, 1);
	return t_status();
}
