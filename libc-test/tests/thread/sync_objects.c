// rcc-test: cflags=-pthread
// rwlocks (readers share, writers exclude, try* semantics), spin locks, barriers (one
// serial thread per round, several rounds), unnamed semaphores (counting, trywait EAGAIN,
// timedwait ETIMEDOUT, EINVAL for a bad value).
#include <t.h>
#include <pthread.h>
#include <semaphore.h>
#include <errno.h>
#include <limits.h>

#define N 4
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long shared_a, shared_b;
static volatile int bad;

static void *rw_worker(void *arg)
{
	long id = (long)arg;
	for (int i = 0; i < 20000; i++) {
		if ((i + id) % 4 == 0) {
			pthread_rwlock_wrlock(&rw);
			shared_a++;
			shared_b++;
			pthread_rwlock_unlock(&rw);
		} else {
			pthread_rwlock_rdlock(&rw);
			if (shared_a != shared_b)
				bad = 1;
			pthread_rwlock_unlock(&rw);
		}
	}
	return 0;
}

static pthread_spinlock_t spin;
static long spin_count;
static void *spin_worker(void *arg)
{
	(void)arg;
	for (int i = 0; i < 50000; i++) {
		pthread_spin_lock(&spin);
		spin_count++;
		pthread_spin_unlock(&spin);
	}
	return 0;
}

static pthread_barrier_t bar;
static volatile int serial_count, phase_errors, arrived[8];
static void *bar_worker(void *arg)
{
	long id = (long)arg;
	for (int round = 0; round < 8; round++) {
		__atomic_fetch_add(&arrived[round], 1, __ATOMIC_SEQ_CST);
		int r = pthread_barrier_wait(&bar);
		if (r == PTHREAD_BARRIER_SERIAL_THREAD)
			__atomic_fetch_add(&serial_count, 1, __ATOMIC_SEQ_CST);
		else if (r != 0)
			phase_errors++;
		if (__atomic_load_n(&arrived[round], __ATOMIC_SEQ_CST) != N)
			phase_errors++;
	}
	(void)id;
	return 0;
}

static sem_t sem;
static void *sem_poster(void *arg)
{
	(void)arg;
	for (int i = 0; i < 1000; i++)
		sem_post(&sem);
	return 0;
}

int main(void)
{
	pthread_t t[N];
	for (long i = 0; i < N; i++)
		T_EQ_INT(pthread_create(&t[i], 0, rw_worker, (void *)i), 0);
	for (int i = 0; i < N; i++)
		pthread_join(t[i], 0);
	T_EQ_INT(bad, 0);
	T_EQ_INT(shared_a, shared_b);
	T_EQ_INT(shared_a, N * 20000 / 4);

	T_EQ_INT(pthread_rwlock_rdlock(&rw), 0);
	T_EQ_INT(pthread_rwlock_tryrdlock(&rw), 0);
	T_EQ_INT(pthread_rwlock_trywrlock(&rw), EBUSY);
	T_EQ_INT(pthread_rwlock_unlock(&rw), 0);
	T_EQ_INT(pthread_rwlock_unlock(&rw), 0);
	T_EQ_INT(pthread_rwlock_trywrlock(&rw), 0);
	T_EQ_INT(pthread_rwlock_tryrdlock(&rw), EBUSY);
	T_EQ_INT(pthread_rwlock_unlock(&rw), 0);

	T_EQ_INT(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
	for (int i = 0; i < N; i++)
		pthread_create(&t[i], 0, spin_worker, 0);
	for (int i = 0; i < N; i++)
		pthread_join(t[i], 0);
	T_EQ_INT(spin_count, N * 50000L);
	T_EQ_INT(pthread_spin_trylock(&spin), 0);
	T_EQ_INT(pthread_spin_trylock(&spin), EBUSY);
	T_EQ_INT(pthread_spin_unlock(&spin), 0);

	T_EQ_INT(pthread_barrier_init(&bar, 0, 0), EINVAL);
	T_EQ_INT(pthread_barrier_init(&bar, 0, N), 0);
	for (long i = 0; i < N; i++)
		pthread_create(&t[i], 0, bar_worker, (void *)i);
	for (int i = 0; i < N; i++)
		pthread_join(t[i], 0);
	T_EQ_INT(serial_count, 8);
	T_EQ_INT(phase_errors, 0);
	T_EQ_INT(pthread_barrier_destroy(&bar), 0);

	T_EQ_INT(sem_init(&sem, 0, 2), 0);
	T_EQ_INT(sem_trywait(&sem), 0);
	T_EQ_INT(sem_trywait(&sem), 0);
	errno = 0;
	T_EQ_INT(sem_trywait(&sem), -1);
	T_EQ_INT(errno, EAGAIN);
	struct timespec past = {1, 0};
	errno = 0;
	T_EQ_INT(sem_timedwait(&sem, &past), -1);
	T_EQ_INT(errno, ETIMEDOUT);
	pthread_t p;
	pthread_create(&p, 0, sem_poster, 0);
	for (int i = 0; i < 1000; i++)
		T_EQ_INT(sem_wait(&sem), 0);
	pthread_join(p, 0);
	int v = -1;
	T_EQ_INT(sem_getvalue(&sem, &v), 0);
	T_EQ_INT(v, 0);
	errno = 0;
	T_EQ_INT(sem_init(&sem, 0, (unsigned)SEM_VALUE_MAX + 1), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
