// strftime's POSIX `+` flag and field widths on %C %F %G %Y (the table in POSIX's
// strftime APPLICATION USAGE): a '+' appears when the value has more digits than the
// conversion's natural width or the field is wider than that.
#include <string.h>
#include <time.h>
#include "t.h"

static const char *fmt(const char *f, int year)
{
	static char buf[64];
	struct tm t;
	memset(&t, 0, sizeof t);
	t.tm_year = year - 1900;
	t.tm_mon = 1;
	t.tm_mday = 29;
	t.tm_wday = 4;
	t.tm_yday = 59;
	if (strftime(buf, sizeof buf, f, &t) == 0)
		return "(zero)";
	return buf;
}

int main(void)
{
	T_EQ_STR(fmt("%+4Y", 1970), "1970");
	T_EQ_STR(fmt("%+4Y", 270), "0270");
	T_EQ_STR(fmt("%+4Y", 12345), "+12345");
	T_EQ_STR(fmt("%+5Y", 270), "+0270");
	T_EQ_STR(fmt("%+5Y", 12345), "+12345");
	T_EQ_STR(fmt("%+6Y", 12345), "+12345");
	T_EQ_STR(fmt("%+8Y", 123456), "+0123456");
	T_EQ_STR(fmt("%06Y", 12345), "012345");
	T_EQ_STR(fmt("%+6Y", 2024), "+02024");
	T_EQ_STR(fmt("%+C", 2024), "20");
	T_EQ_STR(fmt("%+3C", 2024), "+20");
	T_EQ_STR(fmt("%+10F", 2024), "2024-02-29");
	T_EQ_STR(fmt("%+11F", 2024), "+2024-02-29");
	T_EQ_STR(fmt("%+6G", 2024), "+02024");
	return t_status();
}
