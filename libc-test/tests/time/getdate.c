// rcc-test: env=TZ=UTC
/* getdate: templates from $DATEMSK tried line by line, and getdate_err 1 (no DATEMSK),
 * 2 (no file) and 7 (no template matches). */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	char path[64];
	struct tm *r;
	FILE *f;

	snprintf(path, sizeof path, "/tmp/rcc-getdate-%d", (int)getpid());
	f = fopen(path, "w");
	T_ASSERT(f != 0);
	fputs("%H:%M:%S zz\n%Y-%m-%d %H:%M\n%Y-%m-%d\n", f);
	fclose(f);

	unsetenv("DATEMSK");
	T_ASSERT(getdate("2024-03-07") == 0);
	T_EQ_INT(getdate_err, 1);

	setenv("DATEMSK", "/nonexistent/rcc-getdate", 1);
	T_ASSERT(getdate("2024-03-07") == 0);
	T_ASSERT(getdate_err == 2 || getdate_err == 3); /* glibc stats first: 3 */

	setenv("DATEMSK", path, 1);
	r = getdate("2024-03-07");
	T_ASSERT(r != 0);
	if (r) {
		T_EQ_INT(r->tm_year, 124);
		T_EQ_INT(r->tm_mon, 2);
		T_EQ_INT(r->tm_mday, 7);
	}
	r = getdate("2023-12-31 22:15");
	T_ASSERT(r != 0);
	if (r) {
		T_EQ_INT(r->tm_year, 123);
		T_EQ_INT(r->tm_mon, 11);
		T_EQ_INT(r->tm_mday, 31);
		T_EQ_INT(r->tm_hour, 22);
		T_EQ_INT(r->tm_min, 15);
	}
	T_ASSERT(getdate("not a date") == 0);
	T_EQ_INT(getdate_err, 7);
	unlink(path);
	return t_status();
}
