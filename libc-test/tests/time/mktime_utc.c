// rcc-test: env=TZ=UTC
/* With TZ=UTC, localtime equals gmtime and mktime equals timegm, over a wide range. */
#define _GNU_SOURCE
#include <time.h>
#include "t.h"

int main(void)
{
	struct tm a, b;
	long long s;
	int bad = 0;

	for (s = -4000000000LL; s < 8000000000LL; s += 7654321) {
		time_t t = (time_t)s, back;
		localtime_r(&t, &a);
		gmtime_r(&t, &b);
		if (a.tm_year != b.tm_year || a.tm_yday != b.tm_yday || a.tm_hour != b.tm_hour ||
		    a.tm_sec != b.tm_sec || a.tm_isdst != 0 || a.tm_gmtoff != 0)
			bad++;
		a.tm_isdst = -1;
		back = mktime(&a);
		if (back != t)
			bad++;
	}
	T_EQ_INT(bad, 0);
	tzset();
	T_EQ_INT(timezone, 0);
	T_EQ_INT(daylight, 0);
	return t_status();
}
