// rcc-test: env=TZ=EST5EDT,M3.2.0,M11.1.0
/* localtime/mktime with a POSIX TZ rule: offsets and names either side of the US
 * transitions, tzname/timezone/daylight, mktime's tm_isdst handling. */
#include <time.h>
#include "t.h"

int main(void)
{
	struct tm tm = {0};
	time_t t;

	tzset();
	T_EQ_STR(tzname[0], "EST");
	T_EQ_STR(tzname[1], "EDT");
	T_EQ_INT(timezone, 18000);
	T_EQ_INT(daylight, 1);

	t = 1710053999; /* 2024-03-10 01:59:59 EST */
	T_ASSERT(localtime_r(&t, &tm) != 0);
	T_EQ_INT(tm.tm_hour, 1);
	T_EQ_INT(tm.tm_min, 59);
	T_EQ_INT(tm.tm_isdst, 0);
	T_EQ_INT(tm.tm_gmtoff, -18000);
	T_EQ_STR(tm.tm_zone, "EST");
	t++; /* 03:00:00 EDT */
	localtime_r(&t, &tm);
	T_EQ_INT(tm.tm_hour, 3);
	T_EQ_INT(tm.tm_min, 0);
	T_EQ_INT(tm.tm_isdst, 1);
	T_EQ_INT(tm.tm_gmtoff, -14400);
	T_EQ_STR(tm.tm_zone, "EDT");

	t = 1730613599; /* 2024-11-03 01:59:59 EDT */
	localtime_r(&t, &tm);
	T_EQ_INT(tm.tm_hour, 1);
	T_EQ_INT(tm.tm_isdst, 1);
	t++; /* 01:00:00 EST */
	localtime_r(&t, &tm);
	T_EQ_INT(tm.tm_hour, 1);
	T_EQ_INT(tm.tm_min, 0);
	T_EQ_INT(tm.tm_isdst, 0);

	/* mktime: a summer date with tm_isdst = -1 picks DST. */
	tm = (struct tm){0};
	tm.tm_year = 124;
	tm.tm_mon = 6;
	tm.tm_mday = 4;
	tm.tm_hour = 12;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	T_EQ_INT(t, 1720108800);
	T_EQ_INT(tm.tm_isdst, 1);
	T_EQ_INT(tm.tm_wday, 4);
	T_EQ_INT(tm.tm_yday, 185);

	/* A winter date. */
	tm = (struct tm){0};
	tm.tm_year = 124;
	tm.tm_mon = 0;
	tm.tm_mday = 15;
	tm.tm_hour = 8;
	tm.tm_isdst = -1;
	T_EQ_INT(mktime(&tm), 1705323600);
	T_EQ_INT(tm.tm_isdst, 0);

	/* Asking for DST in winter shifts by the DST difference. */
	tm = (struct tm){0};
	tm.tm_year = 124;
	tm.tm_mon = 0;
	tm.tm_mday = 15;
	tm.tm_hour = 8;
	tm.tm_isdst = 1;
	T_EQ_INT(mktime(&tm), 1705323600 - 3600);
	T_EQ_INT(tm.tm_hour, 7);
	T_EQ_INT(tm.tm_isdst, 0);

	/* Normalisation across the month end, and localtime(mktime(x)) == x. */
	tm = (struct tm){0};
	tm.tm_year = 124;
	tm.tm_mon = 4;
	tm.tm_mday = 32;
	tm.tm_isdst = -1;
	t = mktime(&tm);
	T_EQ_INT(tm.tm_mon, 5);
	T_EQ_INT(tm.tm_mday, 1);
	{
		struct tm back;
		localtime_r(&t, &back);
		T_EQ_INT(back.tm_mday, 1);
		T_EQ_INT(back.tm_hour, 0);
	}
	return t_status();
}
