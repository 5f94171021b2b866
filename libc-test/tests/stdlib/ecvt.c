// ecvt, fcvt, gcvt on values where musl and glibc agree.
// rcc-test: cflags=-D_GNU_SOURCE
#include <stdlib.h>
#include "t.h"

int main(void)
{
	int dp, sign;
	char buf[64];
	T_EQ_STR(ecvt(3.14159, 3, &dp, &sign), "314");
	T_EQ_INT(dp, 1);
	T_EQ_INT(sign, 0);
	T_EQ_STR(ecvt(-0.001234, 2, &dp, &sign), "12");
	T_EQ_INT(dp, -2);
	T_EQ_INT(sign, 1);
	T_EQ_STR(ecvt(2.5, 1, &dp, &sign), "2");
	T_EQ_STR(ecvt(123456.0, 8, &dp, &sign), "12345600");
	T_EQ_INT(dp, 6);
	T_EQ_STR(fcvt(3.14159, 2, &dp, &sign), "314");
	T_EQ_INT(dp, 1);
	T_EQ_STR(fcvt(-1234.5678, 1, &dp, &sign), "12346");
	T_EQ_INT(dp, 4);
	T_EQ_INT(sign, 1);
	T_EQ_STR(fcvt(0.0123, 3, &dp, &sign), "12");
	T_EQ_INT(dp, -1);
	T_EQ_STR(gcvt(0.5, 3, buf), "0.5");
	T_EQ_STR(gcvt(1234567.0, 3, buf), "1.23e+06");
	T_EQ_STR(gcvt(-0.0001, 6, buf), "-0.0001");
	T_EQ_STR(gcvt(100.0, 6, buf), "100");
	return t_status();
}
