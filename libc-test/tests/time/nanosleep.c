/* nanosleep and clock_nanosleep sleep at least as asked; EINVAL for bad nanoseconds;
 * an interrupting signal gives EINTR and the remaining time; TIMER_ABSTIME. */
#include <errno.h>
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include "t.h"

static long long now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void on_alarm(int sig) { (void)sig; }

int main(void)
{
	struct timespec req = {0, 30000000}, rem = {0, 0};
	struct itimerval it = {{0, 0}, {0, 20000}}, old;
	struct sigaction sa = {0};
	long long t0, dt;

	t0 = now_ns();
	T_EQ_INT(nanosleep(&req, &rem), 0);
	dt = now_ns() - t0;
	T_ASSERT(dt >= 30000000);
	T_ASSERT(dt < 2000000000);

	req.tv_nsec = 1000000000;
	errno = 0;
	T_EQ_INT(nanosleep(&req, 0), -1);
	T_EQ_INT(errno, EINVAL);
	req.tv_nsec = -1;
	T_EQ_INT(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, 0), EINVAL);

	/* Interrupted after ~20ms of a 2s sleep. */
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, 0);
	T_EQ_INT(setitimer(ITIMER_REAL, &it, 0), 0);
	req.tv_sec = 2;
	req.tv_nsec = 0;
	errno = 0;
	T_EQ_INT(nanosleep(&req, &rem), -1);
	T_EQ_INT(errno, EINTR);
	T_ASSERT(rem.tv_sec == 1 || (rem.tv_sec == 2 && rem.tv_nsec == 0) || rem.tv_sec == 0);
	T_ASSERT(rem.tv_sec >= 1);
	T_EQ_INT(getitimer(ITIMER_REAL, &old), 0);
	T_EQ_INT(old.it_value.tv_sec, 0);
	/* Expired: 0, or 1 µs if the kernel's timer callback has not quite finished (Linux
	 * reports a still-active timer with no time left as 1 µs). */
	T_ASSERT(old.it_value.tv_usec <= 1);

	/* Absolute deadline. */
	clock_gettime(CLOCK_MONOTONIC, &req);
	req.tv_nsec += 20000000;
	if (req.tv_nsec >= 1000000000) {
		req.tv_nsec -= 1000000000;
		req.tv_sec++;
	}
	T_EQ_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &req, 0), 0);
	t0 = now_ns();
	T_ASSERT(t0 >= req.tv_sec * 1000000000LL + req.tv_nsec);
	return t_status();
}
