/* clock_gettime (monotonic never goes back; realtime agrees with time() and
 * gettimeofday), clock_getres, clock(), timespec_get, EINVAL for a bad clock. */
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include "t.h"

int main(void)
{
	struct timespec a, b, r;
	struct timeval tv;
	time_t t1, t2;
	volatile unsigned long spin = 0;
	clock_t c0, c1;
	int i;

	T_EQ_INT(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	for (i = 0; i < 10000; i++) {
		T_EQ_INT(clock_gettime(CLOCK_MONOTONIC, &b), 0);
		if (b.tv_sec < a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec < a.tv_nsec)) {
			T_ASSERT(!"monotonic clock went backwards");
			break;
		}
		T_ASSERT(b.tv_nsec >= 0 && b.tv_nsec < 1000000000);
		a = b;
	}

	t1 = time(0);
	T_EQ_INT(clock_gettime(CLOCK_REALTIME, &a), 0);
	T_EQ_INT(gettimeofday(&tv, 0), 0);
	t2 = time(&t1);
	T_EQ_INT(t1, t2);
	T_ASSERT(t2 > 1600000000);
	T_ASSERT(a.tv_sec >= t2 - 2 && a.tv_sec <= t2 + 2);
	T_ASSERT(tv.tv_sec >= t2 - 2 && tv.tv_sec <= t2 + 2);
	T_ASSERT(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	T_EQ_INT(timespec_get(&b, TIME_UTC), TIME_UTC);
	T_ASSERT(b.tv_sec >= a.tv_sec && b.tv_sec <= a.tv_sec + 2);

	T_EQ_INT(clock_getres(CLOCK_MONOTONIC, &r), 0);
	T_ASSERT(r.tv_sec == 0 && r.tv_nsec > 0 && r.tv_nsec <= 1000000);
	T_EQ_INT(clock_gettime(CLOCK_BOOTTIME, &a), 0);
	T_EQ_INT(clock_gettime(CLOCK_MONOTONIC_COARSE, &a), 0);
	T_EQ_INT(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a), 0);
	errno = 0;
	T_EQ_INT(clock_gettime(12345, &a), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(clock_getres(12345, &r), -1);
	T_EQ_INT(errno, EINVAL);

	c0 = clock();
	T_ASSERT(c0 >= 0);
	do {
		for (i = 0; i < 100000; i++)
			spin += i;
		c1 = clock();
	} while (c1 - c0 < 20000);
	T_ASSERT(c1 - c0 >= 20000);
	T_ASSERT(difftime(10, 4) == 6.0);
	T_ASSERT(difftime(-5, 5) == -10.0);
	return t_status();
}
