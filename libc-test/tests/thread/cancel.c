// rcc-test: cflags=-pthread
// Cancellation: a thread blocked in read(2) on a pipe is cancelled, runs its cleanup
// handlers (LIFO) and joins as PTHREAD_CANCELED; a disabled thread defers it until it
// re-enables and reaches pthread_testcancel; asynchronous cancellation stops a busy loop;
// pthread_cond_wait is cancelled with the mutex re-acquired for the handler; a thread
// sleeping in nanosleep and one in sem_wait are cancelled; bad arguments give EINVAL.
#include <t.h>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
#include <errno.h>
#include <time.h>

static int fds[2];
static volatile int order[4], norder;
static void note(void *x) { order[norder++] = (int)(long)x; }

static void *reader(void *arg)
{
	(void)arg;
	char c;
	pthread_cleanup_push(note, (void *)1L);
	pthread_cleanup_push(note, (void *)2L);
	read(fds[0], &c, 1);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return 0;
}

static volatile int deferred_reached;
static void *deferrer(void *arg)
{
	(void)arg;
	int old;
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
	struct timespec ts = {0, 20000000};
	nanosleep(&ts, 0);
	deferred_reached = 1;
	pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, 0);
	pthread_testcancel();
	deferred_reached = 2;
	return 0;
}

static volatile long spins;
static void *spinner(void *arg)
{
	(void)arg;
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, 0);
	for (;;)
		spins++;
	return 0;
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static volatile int held_in_cleanup = -1;
static void check_held(void *x)
{
	(void)x;
	held_in_cleanup = pthread_mutex_trylock(&m) == EBUSY;
	pthread_mutex_unlock(&m);
}
static void *cond_waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&m);
	pthread_cleanup_push(check_held, 0);
	for (;;)
		pthread_cond_wait(&cv, &m);
	pthread_cleanup_pop(0);
	return 0;
}

static void *sleeper(void *arg)
{
	(void)arg;
	struct timespec ts = {60, 0};
	nanosleep(&ts, 0);
	return (void *)5L;
}

static sem_t sem;
static void *sem_waiter(void *arg)
{
	(void)arg;
	sem_wait(&sem);
	return (void *)6L;
}

static void nap(void)
{
	struct timespec ts = {0, 30000000};
	nanosleep(&ts, 0);
}

int main(void)
{
	pthread_t t;
	void *r;
	T_EQ_INT(pipe(fds), 0);
	T_EQ_INT(pthread_create(&t, 0, reader, 0), 0);
	nap();
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);
	T_EQ_INT(norder, 2);
	T_EQ_INT(order[0], 2);
	T_EQ_INT(order[1], 1);

	T_EQ_INT(pthread_create(&t, 0, deferrer, 0), 0);
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);
	T_EQ_INT(deferred_reached, 1);

	T_EQ_INT(pthread_create(&t, 0, spinner, 0), 0);
	while (spins < 1000)
		;
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);

	T_EQ_INT(pthread_create(&t, 0, cond_waiter, 0), 0);
	nap();
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);
	T_EQ_INT(held_in_cleanup, 1);

	T_EQ_INT(pthread_create(&t, 0, sleeper, 0), 0);
	nap();
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);

	T_EQ_INT(sem_init(&sem, 0, 0), 0);
	T_EQ_INT(pthread_create(&t, 0, sem_waiter, 0), 0);
	nap();
	T_EQ_INT(pthread_cancel(t), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, PTHREAD_CANCELED);

	int old;
	T_EQ_INT(pthread_setcancelstate(7, &old), EINVAL);
	T_EQ_INT(pthread_setcanceltype(7, &old), EINVAL);
	return t_status();
}
