// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// Condition-variable stress, no lost wakeups: 3 producers and 3 consumers share a
// bounded queue (signals sent with the mutex held, after unlocking, and as broadcasts;
// some waits timed), while 2 more threads take the same mutex directly; every item is
// consumed exactly once. Then 6 threads pass 300 broadcast "generations" with
// error-checking and recursive mutexes. Runs for a bounded number of items.
#define _GNU_SOURCE
#include <t.h>
#include <errno.h>
#include <pthread.h>
#include <time.h>

#define ITEMS 100000
#define NP 3
#define NC 3
#define CAP 8

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int q[CAP], qn, qh;
static int produced, consumed_n, done;
static long long consumed_sum;
static volatile int stop_lockers;
static long long locker_count;

static void deadline(struct timespec *ts, long ms)
{
	clock_gettime(CLOCK_REALTIME, ts);
	ts->tv_nsec += ms * 1000000L;
	ts->tv_sec += ts->tv_nsec / 1000000000L;
	ts->tv_nsec %= 1000000000L;
}

static void *producer(void *arg)
{
	long id = (long)arg;
	for (int i = 0;; i++) {
		pthread_mutex_lock(&m);
		while (qn == CAP && produced < ITEMS) {
			if (i % 7 == 0) {
				struct timespec ts;
				deadline(&ts, 5);
				pthread_cond_timedwait(&not_full, &m, &ts);
			} else
				pthread_cond_wait(&not_full, &m);
		}
		if (produced >= ITEMS) {
			pthread_mutex_unlock(&m);
			return 0;
		}
		int v = ++produced;
		q[(qh + qn++) % CAP] = v;
		if ((i + id) % 3 == 0) {
			pthread_mutex_unlock(&m);
			pthread_cond_signal(&not_empty);
		} else if ((i + id) % 3 == 1) {
			pthread_cond_signal(&not_empty);
			pthread_mutex_unlock(&m);
		} else {
			pthread_cond_broadcast(&not_empty);
			pthread_mutex_unlock(&m);
		}
	}
}

static void *consumer(void *arg)
{
	(void)arg;
	for (int i = 0;; i++) {
		pthread_mutex_lock(&m);
		while (qn == 0 && !done) {
			if (i % 5 == 0) {
				struct timespec ts;
				deadline(&ts, 5);
				pthread_cond_timedwait(&not_empty, &m, &ts);
			} else
				pthread_cond_wait(&not_empty, &m);
		}
		if (qn == 0 && done) {
			pthread_mutex_unlock(&m);
			return 0;
		}
		int v = q[qh];
		qh = (qh + 1) % CAP;
		qn--;
		consumed_sum += v;
		if (++consumed_n == ITEMS) {
			done = 1;
			pthread_cond_broadcast(&not_empty);
			pthread_cond_broadcast(&not_full);
		}
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&m);
	}
}

static void *locker(void *arg)
{
	(void)arg;
	while (!stop_lockers) {
		pthread_mutex_lock(&m);
		locker_count++;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

static pthread_mutex_t gm;
static pthread_cond_t gc = PTHREAD_COND_INITIALIZER;
static int generation, arrived;
#define GTHREADS 6
#define GENS 300

static void *gen_thread(void *arg)
{
	(void)arg;
	for (int g = 0; g < GENS; g++) {
		pthread_mutex_lock(&gm);
		if (++arrived == GTHREADS) {
			arrived = 0;
			generation++;
			pthread_cond_broadcast(&gc);
		} else {
			int my = generation;
			while (generation == my)
				pthread_cond_wait(&gc, &gm);
		}
		pthread_mutex_unlock(&gm);
	}
	return 0;
}

static void run_generations(int type)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, type);
	pthread_mutex_init(&gm, &a);
	generation = arrived = 0;
	pthread_t t[GTHREADS];
	for (int i = 0; i < GTHREADS; i++)
		T_EQ_INT(pthread_create(&t[i], 0, gen_thread, 0), 0);
	for (int i = 0; i < GTHREADS; i++)
		T_EQ_INT(pthread_join(t[i], 0), 0);
	T_EQ_INT(generation, GENS);
	T_EQ_INT(pthread_mutex_destroy(&gm), 0);
}

int main(void)
{
	pthread_t p[NP], c[NC], l[2];
	for (long i = 0; i < 2; i++)
		T_EQ_INT(pthread_create(&l[i], 0, locker, 0), 0);
	for (long i = 0; i < NC; i++)
		T_EQ_INT(pthread_create(&c[i], 0, consumer, (void *)i), 0);
	for (long i = 0; i < NP; i++)
		T_EQ_INT(pthread_create(&p[i], 0, producer, (void *)i), 0);
	for (int i = 0; i < NP; i++)
		T_EQ_INT(pthread_join(p[i], 0), 0);
	for (int i = 0; i < NC; i++)
		T_EQ_INT(pthread_join(c[i], 0), 0);
	stop_lockers = 1;
	for (int i = 0; i < 2; i++)
		T_EQ_INT(pthread_join(l[i], 0), 0);
	T_EQ_INT(consumed_n, ITEMS);
	T_ASSERT(consumed_sum == (long long)ITEMS * (ITEMS + 1) / 2);

	run_generations(PTHREAD_MUTEX_NORMAL);
	run_generations(PTHREAD_MUTEX_ERRORCHECK);
	run_generations(PTHREAD_MUTEX_RECURSIVE);
	return t_status();
}
