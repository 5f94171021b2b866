// rcc-test: cflags=-pthread
// rcc-test: timeout=20
// Priority-inheritance mutexes: protocol attribute, lock/unlock/trylock/timedlock, a
// waiter that sleeps in the kernel's FUTEX_LOCK_PI (seen in /proc/self/task/TID/syscall),
// contended counting, recursive and error-checking kinds, robust + PI owner death.
#include <t.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m;
static volatile int waiter_fd = -1, waiter_started;
static long counter;

static void init_pi(pthread_mutex_t *mx, int type, int robust)
{
	pthread_mutexattr_t a;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_settype(&a, type), 0);
	T_EQ_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	if (robust)
		T_EQ_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	T_EQ_INT(pthread_mutex_init(mx, &a), 0);
	pthread_mutexattr_destroy(&a);
}

static struct timespec in_ms(long ms)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += ms % 1000 * 1000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	return ts;
}

static void *waiter(void *arg)
{
	(void)arg;
	waiter_fd = open("/proc/thread-self/syscall", O_RDONLY);
	waiter_started = 1;
	if (pthread_mutex_lock(&m))
		return (void *)1;
	counter++;
	pthread_mutex_unlock(&m);
	return 0;
}

static void *try_other(void *arg)
{
	(void)arg;
	struct timespec ts = in_ms(20);
	if (pthread_mutex_trylock(&m) != EBUSY)
		return (void *)1;
	if (pthread_mutex_timedlock(&m, &ts) != ETIMEDOUT)
		return (void *)2;
	if (pthread_mutex_unlock(&m) != EPERM)
		return (void *)3;
	return 0;
}

static void *hammer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 20000; i++) {
		pthread_mutex_lock(&m);
		counter++;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

static void *die_holding(void *arg)
{
	(void)arg;
	return (void *)(long)pthread_mutex_lock(&m);
}

/* Whether the thread whose /proc/.../syscall is open as `fd` sits in
 * futex(FUTEX_LOCK_PI[_PRIVATE]): "202 0xADDR 0x6 ..." or "... 0x86 ...". */
static int in_lock_pi(int fd)
{
	char buf[128];
	long len = pread(fd, buf, sizeof buf - 1, 0);
	if (len <= 0)
		return -1;
	buf[len] = 0;
	const char *q = buf;
	if (q[0] != '2' || q[1] != '0' || q[2] != '2' || q[3] != ' ')
		return 0;
	q += 4;
	while (*q && *q != ' ')
		q++;
	return q[0] == ' ' && q[1] == '0' && q[2] == 'x' &&
		((q[3] == '6' && q[4] == ' ') || (q[3] == '8' && q[4] == '6' && q[5] == ' '));
}

int main(void)
{
	pthread_mutexattr_t a;
	int v = -1;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_getprotocol(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_PRIO_NONE);
	T_EQ_INT(pthread_mutexattr_setprotocol(&a, 7), EINVAL);
	T_EQ_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	T_EQ_INT(pthread_mutexattr_getprotocol(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_PRIO_INHERIT);
	T_EQ_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_NONE), 0);
	T_EQ_INT(pthread_mutexattr_getprotocol(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_PRIO_NONE);

	pthread_t t;
	void *r;
	init_pi(&m, PTHREAD_MUTEX_NORMAL, 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_create(&t, 0, try_other, 0), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, 0);

	/* A waiter blocks in the kernel's PI lock until we unlock. */
	T_EQ_INT(pthread_create(&t, 0, waiter, 0), 0);
	int seen = 0;
	for (int i = 0; i < 4000 && seen == 0; i++) {
		if (waiter_started)
			seen = waiter_fd < 0 ? -1 : in_lock_pi(waiter_fd);
		struct timespec d = {0, 2000000};
		nanosleep(&d, 0);
	}
	if (seen == -1)
		t_err("pi_mutex: /proc/thread-self/syscall unreadable here; FUTEX_LOCK_PI not checked\n");
	else
		T_EQ_INT(seen, 1);
	if (waiter_fd >= 0)
		close(waiter_fd);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, 0);
	T_EQ_INT(counter, 1);
	struct timespec ts = in_ms(1000);
	T_EQ_INT(pthread_mutex_timedlock(&m, &ts), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);

	/* Contended counting. */
	pthread_t ts4[4];
	counter = 0;
	for (int i = 0; i < 4; i++)
		T_EQ_INT(pthread_create(&ts4[i], 0, hammer, 0), 0);
	for (int i = 0; i < 4; i++)
		T_EQ_INT(pthread_join(ts4[i], 0), 0);
	T_EQ_INT(counter, 80000);
	pthread_mutex_destroy(&m);

	/* Recursive and error-checking PI mutexes. */
	init_pi(&m, PTHREAD_MUTEX_RECURSIVE, 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);
	pthread_mutex_destroy(&m);
	init_pi(&m, PTHREAD_MUTEX_ERRORCHECK, 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), EDEADLK);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);
	pthread_mutex_destroy(&m);

	/* Robust PI: owner death, with and without a waiter. */
	init_pi(&m, PTHREAD_MUTEX_NORMAL, 1);
	T_EQ_INT(pthread_create(&t, 0, die_holding, 0), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, 0);
	ts = in_ms(5000);
	T_EQ_INT(pthread_mutex_timedlock(&m, &ts), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_consistent(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_create(&t, 0, die_holding, 0), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), ENOTRECOVERABLE);
	return t_status();
}
