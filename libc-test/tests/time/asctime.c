// rcc-test: env=TZ=UTC
/* asctime/asctime_r/ctime/ctime_r in the C17 format. */
#include <time.h>
#include "t.h"

int main(void)
{
	struct tm t = {0};
	char buf[26];
	time_t s = 1709647629;

	t.tm_year = 73;
	t.tm_mon = 8;
	t.tm_mday = 16;
	t.tm_hour = 1;
	t.tm_min = 3;
	t.tm_sec = 52;
	t.tm_wday = 0;
	T_EQ_STR(asctime(&t), "Sun Sep 16 01:03:52 1973\n");
	T_ASSERT(asctime_r(&t, buf) == buf);
	T_EQ_STR(buf, "Sun Sep 16 01:03:52 1973\n");
	t.tm_mday = 5;
	T_EQ_STR(asctime(&t), "Sun Sep  5 01:03:52 1973\n");
	T_EQ_STR(ctime(&s), "Tue Mar  5 14:07:09 2024\n");
	T_ASSERT(ctime_r(&s, buf) == buf);
	T_EQ_STR(buf, "Tue Mar  5 14:07:09 2024\n");
	return t_status();
}
