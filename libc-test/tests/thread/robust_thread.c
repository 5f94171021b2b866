// rcc-test: cflags=-pthread
// Robust mutexes with threads: a thread that exits holding one (returning, pthread_exit,
// detached) leaves it to the next locker with EOWNERDEAD, including a locker already
// asleep on it; pthread_mutex_consistent; unlocking without it -> ENOTRECOVERABLE;
// recursive and error-checking robust mutexes; pthread_cond_wait relocking one whose
// owner died; contended counting; attribute get/set.
#include <t.h>
#include <pthread.h>
#include <semaphore.h>
#include <errno.h>
#include <time.h>

static pthread_mutex_t m;
static sem_t held, go;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static volatile int flag;

static void init_robust(pthread_mutex_t *mx, int type)
{
	pthread_mutexattr_t a;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_settype(&a, type), 0);
	T_EQ_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	T_EQ_INT(pthread_mutex_init(mx, &a), 0);
	pthread_mutexattr_destroy(&a);
}

static struct timespec in_secs(int s)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += s;
	return ts;
}

static void *die_holding(void *arg)
{
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	sem_post(&held);
	if (arg)
		pthread_exit(0);
	return 0;
}

/* Locks, lets the main thread start waiting, then exits holding the lock. */
static void *die_after_go(void *arg)
{
	(void)arg;
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	sem_post(&held);
	sem_wait(&go);
	return 0;
}

/* Takes the mutex the main thread gave up in pthread_cond_wait, signals, dies holding it. */
static void *signal_and_die(void *arg)
{
	(void)arg;
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	flag = 1;
	pthread_cond_signal(&cv);
	return 0;
}

static long counter;

static void *hammer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 20000; i++) {
		if (pthread_mutex_lock(&m))
			return (void *)1;
		counter++;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

static void *try_other(void *arg)
{
	return (void *)(long)pthread_mutex_trylock((pthread_mutex_t *)arg);
}

int main(void)
{
	pthread_mutexattr_t a;
	int v = -1;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_getrobust(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_MUTEX_STALLED);
	T_EQ_INT(pthread_mutexattr_setrobust(&a, 2), EINVAL);
	T_EQ_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	T_EQ_INT(pthread_mutexattr_getrobust(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_MUTEX_ROBUST);
	T_EQ_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_STALLED), 0);
	T_EQ_INT(pthread_mutexattr_getrobust(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_MUTEX_STALLED);

	sem_init(&held, 0, 0);
	sem_init(&go, 0, 0);
	pthread_t t;
	void *r;

	/* Owner thread returns holding the lock. */
	init_robust(&m, PTHREAD_MUTEX_NORMAL);
	T_EQ_INT(pthread_mutex_consistent(&m), EINVAL);
	T_EQ_INT(pthread_create(&t, 0, die_holding, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	sem_wait(&held);
	struct timespec ts = in_secs(5);
	T_EQ_INT(pthread_mutex_timedlock(&m, &ts), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_consistent(&m), 0);
	T_EQ_INT(pthread_mutex_consistent(&m), EINVAL);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	pthread_mutex_destroy(&m);

	/* pthread_exit from a detached thread; not made consistent -> not recoverable. */
	init_robust(&m, PTHREAD_MUTEX_NORMAL);
	pthread_attr_t at;
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	T_EQ_INT(pthread_create(&t, &at, die_holding, (void *)1), 0);
	sem_wait(&held);
	ts = in_secs(5);
	T_EQ_INT(pthread_mutex_timedlock(&m, &ts), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), ENOTRECOVERABLE);
	T_EQ_INT(pthread_mutex_trylock(&m), ENOTRECOVERABLE);
	pthread_mutex_destroy(&m);
	init_robust(&m, PTHREAD_MUTEX_NORMAL);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);

	/* A waiter already blocked when the owner dies is woken with EOWNERDEAD. */
	T_EQ_INT(pthread_create(&t, 0, die_after_go, 0), 0);
	sem_wait(&held);
	T_EQ_INT(pthread_mutex_trylock(&m), EBUSY);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);
	sem_post(&go);
	ts = in_secs(5);
	T_EQ_INT(pthread_mutex_timedlock(&m, &ts), EOWNERDEAD);
	T_EQ_INT(pthread_join(t, 0), 0);
	/* Another thread cannot make it consistent or unlock it. */
	T_EQ_INT(pthread_create(&t, 0, try_other, &m), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_INT((long)r, EBUSY);
	T_EQ_INT(pthread_mutex_consistent(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	pthread_mutex_destroy(&m);

	/* Recursive robust: count is dropped on owner death. */
	init_robust(&m, PTHREAD_MUTEX_RECURSIVE);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);
	T_EQ_INT(pthread_create(&t, 0, die_holding, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	sem_wait(&held);
	T_EQ_INT(pthread_mutex_lock(&m), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_consistent(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);
	pthread_mutex_destroy(&m);

	/* Error-checking robust. */
	init_robust(&m, PTHREAD_MUTEX_ERRORCHECK);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_lock(&m), EDEADLK);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), EPERM);

	/* pthread_cond_wait reacquires a mutex whose owner died: EOWNERDEAD, mutex held. */
	pthread_mutex_destroy(&m);
	init_robust(&m, PTHREAD_MUTEX_NORMAL);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_create(&t, 0, signal_and_die, 0), 0);
	int cr = 0;
	ts = in_secs(8);
	while (!flag && cr == 0)
		cr = pthread_cond_timedwait(&cv, &m, &ts);
	T_EQ_INT(cr, EOWNERDEAD);
	T_EQ_INT(pthread_join(t, 0), 0);
	T_EQ_INT(pthread_mutex_consistent(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);

	/* Contended: 4 threads counting under the robust mutex. */
	pthread_t hs[4];
	for (int i = 0; i < 4; i++)
		T_EQ_INT(pthread_create(&hs[i], 0, hammer, 0), 0);
	for (int i = 0; i < 4; i++) {
		T_EQ_INT(pthread_join(hs[i], &r), 0);
		T_EQ_PTR(r, 0);
	}
	T_EQ_INT(counter, 80000);

	/* Several robust mutexes held at exit, released in a different order. */
	static pthread_mutex_t ms[5];
	for (int i = 0; i < 5; i++)
		init_robust(&ms[i], PTHREAD_MUTEX_NORMAL);
	for (int i = 0; i < 5; i++)
		T_EQ_INT(pthread_mutex_lock(&ms[i]), 0);
	T_EQ_INT(pthread_mutex_unlock(&ms[2]), 0);
	T_EQ_INT(pthread_mutex_unlock(&ms[0]), 0);
	T_EQ_INT(pthread_mutex_unlock(&ms[4]), 0);
	T_EQ_INT(pthread_mutex_unlock(&ms[1]), 0);
	T_EQ_INT(pthread_mutex_unlock(&ms[3]), 0);
	return t_status();
}
