// rcc-test: cflags=-pthread
// A mutex-protected counter hammered by 4 threads; a condvar producer/consumer queue
// with no lost wakeups; recursive and error-checking mutex semantics.
#include <t.h>
#include <pthread.h>
#include <errno.h>

#define THREADS 4
#define ROUNDS 200000

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *hammer(void *arg)
{
	(void)arg;
	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&m);
		counter++;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

#define ITEMS 20000
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[16], head, tail, count;
static long consumed_sum;

static void *producer(void *arg)
{
	(void)arg;
	for (int i = 1; i <= ITEMS; i++) {
		pthread_mutex_lock(&qm);
		while (count == 16)
			pthread_cond_wait(&not_full, &qm);
		queue[tail] = i;
		tail = (tail + 1) % 16;
		count++;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&qm);
	}
	return 0;
}

static void *consumer(void *arg)
{
	(void)arg;
	for (int i = 0; i < ITEMS; i++) {
		pthread_mutex_lock(&qm);
		while (count == 0)
			pthread_cond_wait(&not_empty, &qm);
		consumed_sum += queue[head];
		head = (head + 1) % 16;
		count--;
		pthread_cond_signal(&not_full);
		pthread_mutex_unlock(&qm);
	}
	return 0;
}

int main(void)
{
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		T_EQ_INT(pthread_create(&t[i], 0, hammer, 0), 0);
	for (int i = 0; i < THREADS; i++)
		T_EQ_INT(pthread_join(t[i], 0), 0);
	T_EQ_INT(counter, (long)THREADS * ROUNDS);

	pthread_t p, c;
	T_EQ_INT(pthread_create(&c, 0, consumer, 0), 0);
	T_EQ_INT(pthread_create(&p, 0, producer, 0), 0);
	T_EQ_INT(pthread_join(p, 0), 0);
	T_EQ_INT(pthread_join(c, 0), 0);
	T_EQ_INT(consumed_sum, (long)ITEMS * (ITEMS + 1) / 2);

	pthread_mutexattr_t a;
	pthread_mutex_t r, e;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE), 0);
	T_EQ_INT(pthread_mutex_init(&r, &a), 0);
	T_EQ_INT(pthread_mutex_lock(&r), 0);
	T_EQ_INT(pthread_mutex_lock(&r), 0);
	T_EQ_INT(pthread_mutex_trylock(&r), 0);
	T_EQ_INT(pthread_mutex_unlock(&r), 0);
	T_EQ_INT(pthread_mutex_unlock(&r), 0);
	T_EQ_INT(pthread_mutex_unlock(&r), 0);
	T_EQ_INT(pthread_mutex_unlock(&r), EPERM);
	T_EQ_INT(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK), 0);
	T_EQ_INT(pthread_mutex_init(&e, &a), 0);
	T_EQ_INT(pthread_mutex_unlock(&e), EPERM);
	T_EQ_INT(pthread_mutex_lock(&e), 0);
	T_EQ_INT(pthread_mutex_lock(&e), EDEADLK);
	T_EQ_INT(pthread_mutex_trylock(&e), EBUSY);
	T_EQ_INT(pthread_mutex_unlock(&e), 0);
	T_EQ_INT(pthread_mutexattr_settype(&a, 7), EINVAL);
	T_EQ_INT(pthread_mutex_trylock(&m), 0);
	T_EQ_INT(pthread_mutex_trylock(&m), EBUSY);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	return t_status();
}
