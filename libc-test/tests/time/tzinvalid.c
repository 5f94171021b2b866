// rcc-test: env=TZ=Invalid/Zone/Name
/* An unknown zone falls back to UTC offsets and never crashes. */
#include <time.h>
#include "t.h"

int main(void)
{
	struct tm tm;
	time_t t = 1720108800;
	T_ASSERT(localtime_r(&t, &tm) != 0);
	T_EQ_INT(tm.tm_hour, 16);
	T_EQ_INT(tm.tm_gmtoff, 0);
	T_EQ_INT(tm.tm_isdst, 0);
	tzset();
	T_EQ_INT(timezone, 0);
	return t_status();
}
