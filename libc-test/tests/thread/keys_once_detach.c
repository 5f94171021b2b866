// rcc-test: cflags=-pthread
// Thread-specific data with destructors (including a destructor that sets the value
// again), pthread_once run exactly once across threads, detached threads, attributes.
#include <t.h>
#include <pthread.h>
#include <errno.h>
#include <limits.h>

static pthread_key_t key;
static volatile int destructed, reset_rounds;

static void dtor(void *v)
{
	__atomic_fetch_add(&destructed, (int)(long)v, __ATOMIC_SEQ_CST);
	if ((long)v == 7 && reset_rounds++ < 1)
		pthread_setspecific(key, (void *)7L);
}

static void *keyed(void *arg)
{
	if (pthread_getspecific(key) != 0)
		return (void *)1L;
	pthread_setspecific(key, arg);
	return pthread_getspecific(key) == arg ? 0 : (void *)2L;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int once_runs;
static void init_once(void) { __atomic_fetch_add(&once_runs, 1, __ATOMIC_SEQ_CST); }
static void *call_once_fn(void *arg) { (void)arg; pthread_once(&once, init_once); return 0; }

static volatile int detached_done;
static void *detached(void *arg) { (void)arg; __atomic_store_n(&detached_done, 1, __ATOMIC_SEQ_CST); return 0; }

int main(void)
{
	T_EQ_INT(pthread_key_create(&key, dtor), 0);
	pthread_t t;
	void *r;
	T_EQ_INT(pthread_create(&t, 0, keyed, (void *)5L), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_PTR(r, 0);
	T_EQ_INT(destructed, 5);
	T_EQ_INT(pthread_create(&t, 0, keyed, (void *)7L), 0);
	T_EQ_INT(pthread_join(t, &r), 0);
	T_EQ_INT(destructed, 5 + 7 + 7);
	T_EQ_PTR(pthread_getspecific(key), 0);
	T_EQ_INT(pthread_setspecific(key, (void *)3L), 0);
	T_EQ_PTR(pthread_getspecific(key), (void *)3L);
	T_EQ_INT(pthread_key_delete(key), 0);

	pthread_t ts[6];
	for (int i = 0; i < 6; i++)
		T_EQ_INT(pthread_create(&ts[i], 0, call_once_fn, 0), 0);
	for (int i = 0; i < 6; i++)
		pthread_join(ts[i], 0);
	pthread_once(&once, init_once);
	T_EQ_INT(once_runs, 1);

	pthread_attr_t a;
	size_t sz;
	int st;
	T_EQ_INT(pthread_attr_init(&a), 0);
	T_EQ_INT(pthread_attr_getdetachstate(&a, &st), 0);
	T_EQ_INT(st, PTHREAD_CREATE_JOINABLE);
	T_EQ_INT(pthread_attr_setdetachstate(&a, 5), EINVAL);
	T_EQ_INT(pthread_attr_setstacksize(&a, 1), EINVAL);
	T_EQ_INT(pthread_attr_setstacksize(&a, 1 << 20), 0);
	T_EQ_INT(pthread_attr_getstacksize(&a, &sz), 0);
	T_EQ_INT(sz, 1 << 20);
	T_EQ_INT(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED), 0);
	T_EQ_INT(pthread_create(&t, &a, detached, 0), 0);
	for (long spin = 0; !__atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) && spin < 2000000000L; spin++)
		;
	T_EQ_INT(detached_done, 1);
	T_EQ_INT(pthread_attr_destroy(&a), 0);

	pthread_t j;
	T_EQ_INT(pthread_create(&j, 0, detached, 0), 0);
	T_EQ_INT(pthread_detach(j), 0);
	return t_status();
}
