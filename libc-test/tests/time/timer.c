/* POSIX timers with SIGEV_SIGNAL (signal, value and SI_TIMER code), timer_gettime,
 * disarming, timer_delete; and a timerfd expiring. */
#include <errno.h>
#include <signal.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	struct sigevent ev = {0};
	struct itimerspec its = {{0, 0}, {0, 10000000}}, cur;
	siginfo_t si;
	sigset_t set;
	timer_t tid;
	unsigned long long n = 0;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, 0);

	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	ev.sigev_value.sival_int = 99;
	T_EQ_INT(timer_create(CLOCK_MONOTONIC, &ev, &tid), 0);
	T_EQ_INT(timer_gettime(tid, &cur), 0);
	T_EQ_INT(cur.it_value.tv_sec, 0);
	T_EQ_INT(cur.it_value.tv_nsec, 0);
	T_EQ_INT(timer_settime(tid, 0, &its, 0), 0);
	T_EQ_INT(sigwaitinfo(&set, &si), SIGUSR1);
	T_EQ_INT(si.si_code, SI_TIMER);
	T_EQ_INT(si.si_value.sival_int, 99);
	T_EQ_INT(timer_getoverrun(tid), 0);

	its.it_value.tv_sec = 100;
	T_EQ_INT(timer_settime(tid, 0, &its, 0), 0);
	T_EQ_INT(timer_gettime(tid, &cur), 0);
	T_ASSERT(cur.it_value.tv_sec >= 98 && cur.it_value.tv_sec <= 100);
	its.it_value.tv_sec = 0;
	its.it_value.tv_nsec = 0;
	T_EQ_INT(timer_settime(tid, 0, &its, &cur), 0);
	T_ASSERT(cur.it_value.tv_sec >= 98);
	T_EQ_INT(timer_delete(tid), 0);

	fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	T_ASSERT(fd >= 0);
	its.it_value.tv_nsec = 5000000;
	T_EQ_INT(timerfd_settime(fd, 0, &its, 0), 0);
	T_EQ_INT(read(fd, &n, sizeof n), 8);
	T_ASSERT(n >= 1);
	T_EQ_INT(timerfd_gettime(fd, &cur), 0);
	T_EQ_INT(cur.it_value.tv_sec, 0);
	T_EQ_INT(cur.it_value.tv_nsec, 0);
	close(fd);
	errno = 0;
	T_EQ_INT(timerfd_create(12345, 0), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
