// rcc-test: cflags=-pthread
// rcc-test: timeout=30
// Cancellation points that wait: a thread blocked in pause, sigsuspend, sigwait,
// sigwaitinfo, sigtimedwait, nanosleep, clock_nanosleep, sleep, usleep, wait, waitpid,
// waitid (a child that never exits), pthread_join, pthread_cond_wait,
// pthread_cond_timedwait, sem_wait or sem_timedwait is cancelled and runs its cleanup
// handler; pthread_testcancel and system act on a pending cancellation.
#define _GNU_SOURCE
#include "cancel_points.h"
#include <errno.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static const struct timespec long_ts = {3600, 0};

static void c_pause(void) { pause(); }
static void c_sigsuspend(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigsuspend(&s);
}
static void usr1_blocked(sigset_t *s)
{
	sigemptyset(s);
	sigaddset(s, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, s, 0);
}
static void c_sigwait(void)
{
	sigset_t s;
	int sig;
	usr1_blocked(&s);
	sigwait(&s, &sig);
}
static void c_sigwaitinfo(void)
{
	sigset_t s;
	usr1_blocked(&s);
	sigwaitinfo(&s, 0);
}
static void c_sigtimedwait(void)
{
	sigset_t s;
	usr1_blocked(&s);
	sigtimedwait(&s, 0, &long_ts);
}
static void c_nanosleep(void) { nanosleep(&long_ts, 0); }
static void c_clock_nanosleep(void) { clock_nanosleep(CLOCK_MONOTONIC, 0, &long_ts, 0); }
static void c_sleep(void) { sleep(3600); }
static void c_usleep(void)
{
	for (;;)
		usleep(999999);
}

static pid_t child;
static void spawn_child(void)
{
	child = fork();
	if (child == 0)
		for (;;)
			pause();
}
static void reap_child(void)
{
	kill(child, SIGKILL);
	T_EQ_INT(waitpid(child, 0, 0), child);
}
static void c_wait(void) { wait(0); }
static void c_waitpid(void) { waitpid(child, 0, 0); }
static void c_waitid(void)
{
	siginfo_t si;
	waitid(P_PID, child, &si, WEXITED);
}

static void *forever(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return 0;
}
static void c_join(void)
{
	pthread_t t;
	if (pthread_create(&t, 0, forever, 0) == 0)
		pthread_join(t, 0);
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void unlock(void *x) { pthread_mutex_unlock(x); }
static void c_cond_wait(void)
{
	pthread_mutex_lock(&m);
	pthread_cleanup_push(unlock, &m);
	for (;;)
		pthread_cond_wait(&cv, &m);
	pthread_cleanup_pop(1);
}
static void c_cond_timedwait(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 3600;
	pthread_mutex_lock(&m);
	pthread_cleanup_push(unlock, &m);
	pthread_cond_timedwait(&cv, &m, &ts);
	pthread_cleanup_pop(1);
}
static sem_t sem;
static void c_sem_wait(void) { sem_wait(&sem); }
static void c_sem_timedwait(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 3600;
	sem_timedwait(&sem, &ts);
}
static void c_testcancel(void) { pthread_testcancel(); }
static void c_system(void) { system("exit 0"); }

static const struct cp_case cases[] = {
	{"pause", c_pause},
	{"sigsuspend", c_sigsuspend},
	{"sigwait", c_sigwait},
	{"sigwaitinfo", c_sigwaitinfo},
	{"sigtimedwait", c_sigtimedwait},
	{"nanosleep", c_nanosleep},
	{"clock_nanosleep", c_clock_nanosleep},
	{"sleep", c_sleep},
	{"usleep", c_usleep},
	{"wait", c_wait, 0, spawn_child, reap_child},
	{"waitpid", c_waitpid, 0, spawn_child, reap_child},
	{"waitid", c_waitid, 0, spawn_child, reap_child},
	{"pthread_join", c_join},
	{"pthread_cond_wait", c_cond_wait},
	{"pthread_cond_timedwait", c_cond_timedwait},
	{"sem_wait", c_sem_wait},
	{"sem_timedwait", c_sem_timedwait},
	{"pthread_testcancel", c_testcancel, 1},
	{"system", c_system, 1},
};

int main(void)
{
	T_EQ_INT(sem_init(&sem, 0, 0), 0);
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++)
		cp_run(&cases[i]);
	/* The cleanup handlers released the mutex the condvar waiters held. */
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	return t_status();
}
