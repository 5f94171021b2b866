/* getloadavg: up to three non-negative averages; 0 and negative counts. */
#define _GNU_SOURCE
#include <stdlib.h>
#include "t.h"

int main(void)
{
	double l[5] = {-1, -1, -1, -7, -7};
	T_EQ_INT(getloadavg(l, 5), 3);
	T_ASSERT(l[0] >= 0 && l[1] >= 0 && l[2] >= 0);
	T_ASSERT(l[3] == -7);
	double one = -1;
	T_EQ_INT(getloadavg(&one, 1), 1);
	T_ASSERT(one >= 0);
	T_EQ_INT(getloadavg(l, 0), 0);
#ifdef __GLIBC__
	T_EQ_INT(getloadavg(l, -1), 0);
#else
	T_EQ_INT(getloadavg(l, -1), -1); /* musl: a negative count is an error */
#endif
	return t_status();
}
