// rcc-test: cflags=-pthread
// rcc-test: timeout=20
// SIGEV_THREAD timers: the notification function runs on another thread with the
// sigevent's value, once per expiration (one-shot and periodic), timer_gettime and
// timer_getoverrun work on such a timer, and deleted timers leave no threads behind.
#include <t.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <time.h>

static sem_t fired;
static pthread_t main_thread;
static volatile int on_main, last_value;

static void notify(union sigval v)
{
	if (pthread_equal(pthread_self(), main_thread))
		on_main = 1;
	last_value = v.sival_int;
	sem_post(&fired);
}

static int wait_fired(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 8;
	return sem_timedwait(&fired, &ts);
}

static int count_threads(void)
{
	DIR *d = opendir("/proc/self/task");
	if (!d)
		return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

static timer_t make(int value)
{
	struct sigevent sev = {0};
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = notify;
	sev.sigev_value.sival_int = value;
	timer_t t = 0;
	T_EQ_INT(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
	return t;
}

int main(void)
{
	main_thread = pthread_self();
	sem_init(&fired, 0, 0);

	/* One-shot. */
	timer_t t = make(31);
	struct itimerspec its = {{0, 0}, {0, 10 * 1000 * 1000}}, cur;
	T_EQ_INT(timer_settime(t, 0, &its, 0), 0);
	T_EQ_INT(wait_fired(), 0);
	T_EQ_INT(last_value, 31);
	T_EQ_INT(on_main, 0);
	T_EQ_INT(timer_gettime(t, &cur), 0);
	T_EQ_INT(cur.it_value.tv_sec, 0);
	T_EQ_INT(cur.it_value.tv_nsec, 0);
	T_ASSERT(timer_getoverrun(t) >= 0);
	/* Armed far ahead: gettime reports the time left. */
	its.it_value.tv_sec = 100;
	T_EQ_INT(timer_settime(t, 0, &its, 0), 0);
	T_EQ_INT(timer_gettime(t, &cur), 0);
	T_ASSERT(cur.it_value.tv_sec > 0 && cur.it_value.tv_sec <= 100);
	T_EQ_INT(timer_delete(t), 0);

	/* Periodic: three expirations seen. */
	t = make(32);
	struct itimerspec per = {{0, 2 * 1000 * 1000}, {0, 2 * 1000 * 1000}};
	T_EQ_INT(timer_settime(t, 0, &per, 0), 0);
	for (int i = 0; i < 3; i++)
		T_EQ_INT(wait_fired(), 0);
	T_EQ_INT(last_value, 32);
	T_EQ_INT(timer_delete(t), 0);

	/* Many timers made and deleted leave at most one helper thread (glibc keeps one). */
	timer_t many[40];
	for (int i = 0; i < 40; i++)
		many[i] = make(i);
	for (int i = 0; i < 40; i++)
		T_EQ_INT(timer_delete(many[i]), 0);
	int n = 0;
	for (int i = 0; i < 800; i++) {
		n = count_threads();
		if (n <= 2)
			break;
		struct timespec d = {0, 5 * 1000 * 1000};
		nanosleep(&d, 0);
	}
	T_ASSERT(n >= 1 && n <= 2);
	return t_status();
}
