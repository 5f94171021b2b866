// getlogin and getlogin_r read LOGNAME, as musl does.
// rcc-test: env=LOGNAME=tester
#include <errno.h>
#include <t.h>

int main(void)
{
	char buf[16];
	T_EQ_STR(getlogin(), "tester");
	T_EQ_INT(getlogin_r(buf, sizeof buf), 0);
	T_EQ_STR(buf, "tester");
	T_EQ_INT(getlogin_r(buf, 6), ERANGE);
	return t_status();
}
