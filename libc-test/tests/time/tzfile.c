// rcc-test: env=TZ=America/New_York
/* A TZif zone from /usr/share/zoneinfo: historic rules (1970s, before 2007's change),
 * current ones, dates past the file's table (its POSIX footer), and tzname. */
#include <time.h>
#include "t.h"

static int hour_at(time_t t, int *isdst, long *off)
{
	struct tm tm;
	localtime_r(&t, &tm);
	*isdst = tm.tm_isdst;
	*off = tm.tm_gmtoff;
	return tm.tm_hour;
}

int main(void)
{
	int dst;
	long off;
	struct tm tm = {0};

	/* 1974-01-15 12:00 UTC: the 1974 energy-crisis DST was in force (EDT). */
	T_EQ_INT(hour_at(127483200, &dst, &off), 8);
	T_EQ_INT(dst, 1);
	T_EQ_INT(off, -14400);
	/* 2006-03-20 12:00 UTC: before 2007 DST started in April: EST. */
	T_EQ_INT(hour_at(1142856000, &dst, &off), 7);
	T_EQ_INT(dst, 0);
	/* 2024-07-04 16:00 UTC: EDT. */
	T_EQ_INT(hour_at(1720108800, &dst, &off), 12);
	T_EQ_INT(dst, 1);
	/* 2100-07-04 16:00 UTC: past the table, from the footer rule. */
	T_EQ_INT(hour_at(4118400000LL, &dst, &off), 12);
	T_EQ_INT(dst, 1);
	T_EQ_INT(hour_at(4102444800LL, &dst, &off), 19); /* 2100-01-01 00:00 UTC */
	T_EQ_INT(dst, 0);

	tzset();
	T_EQ_STR(tzname[0], "EST");
	T_EQ_STR(tzname[1], "EDT");
	T_EQ_INT(timezone, 18000);

	tm.tm_year = 124;
	tm.tm_mon = 6;
	tm.tm_mday = 4;
	tm.tm_hour = 12;
	tm.tm_isdst = -1;
	T_EQ_INT(mktime(&tm), 1720108800);
	T_EQ_INT(tm.tm_isdst, 1);
	T_EQ_STR(tm.tm_zone, "EDT");
	return t_status();
}
