// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// Stress: 2000 threads created and joined in batches of 8 alive at a time, alternating
// default and 64 KiB stacks; each finds its own fresh __thread values (initialised and
// zero-initialised), changes them, stores a per-thread key value whose destructor sees
// that thread's own value; every destructor runs exactly once.
#include <t.h>
#include <pthread.h>

#define TOTAL 2000
#define BATCH 8

__thread int tls_init = 12345;
__thread long tls_array[4] = {1, 2, 3, 4};
__thread long tls_zero[16];
__thread long tls_id;

static pthread_key_t key;
static int dtor_seen[TOTAL];
static int dtor_count, dtor_bad;

static void dtor(void *p)
{
	long id = (long)p - 1;
	if (id < 0 || id >= TOTAL || id != tls_id)
		__atomic_fetch_add(&dtor_bad, 1, __ATOMIC_SEQ_CST);
	else
		__atomic_fetch_add(&dtor_seen[id], 1, __ATOMIC_SEQ_CST);
	__atomic_fetch_add(&dtor_count, 1, __ATOMIC_SEQ_CST);
}

static void *worker(void *arg)
{
	long id = (long)arg;
	int ok = tls_init == 12345 && tls_id == 0 && pthread_getspecific(key) == 0;
	for (int i = 0; i < 4; i++)
		ok &= tls_array[i] == i + 1;
	for (int i = 0; i < 16; i++)
		ok &= tls_zero[i] == 0;
	tls_init = (int)id;
	tls_id = id;
	for (int i = 0; i < 16; i++)
		tls_zero[i] = id;
	tls_array[2] = -id;
	if (pthread_setspecific(key, (void *)(id + 1)) != 0)
		ok = 0;
	return ok ? (void *)(id + 1) : 0;
}

int main(void)
{
	pthread_attr_t small;
	T_EQ_INT(pthread_key_create(&key, dtor), 0);
	T_EQ_INT(pthread_attr_init(&small), 0);
	T_EQ_INT(pthread_attr_setstacksize(&small, 65536), 0);
	int create_fail = 0, join_fail = 0, bad = 0;
	for (long base = 0; base < TOTAL; base += BATCH) {
		pthread_t t[BATCH];
		int made[BATCH];
		for (long i = 0; i < BATCH; i++) {
			long id = base + i;
			made[i] = pthread_create(&t[i], id & 1 ? &small : 0, worker, (void *)id) == 0;
			create_fail += !made[i];
		}
		for (long i = 0; i < BATCH; i++) {
			void *r;
			if (!made[i])
				continue;
			if (pthread_join(t[i], &r) != 0)
				join_fail++;
			else if (r != (void *)(base + i + 1))
				bad++;
		}
	}
	T_EQ_INT(create_fail, 0);
	T_EQ_INT(join_fail, 0);
	T_EQ_INT(bad, 0);
	T_EQ_INT(dtor_count, TOTAL);
	T_EQ_INT(dtor_bad, 0);
	int once = 0;
	for (int i = 0; i < TOTAL; i++)
		once += dtor_seen[i] == 1;
	T_EQ_INT(once, TOTAL);
	/* The main thread's own TLS is untouched. */
	T_EQ_INT(tls_init, 12345);
	T_EQ_INT(tls_id, 0);
	T_EQ_INT(tls_array[2], 3);
	pthread_attr_destroy(&small);
	return t_status();
}
