// rcc-test: cflags=-pthread
// C11 <threads.h>: thrd_create/join result, mtx (plain, recursive, trylock busy),
// cnd signalling, tss with a destructor, call_once, thrd_sleep.
#include <t.h>
#include <threads.h>

static mtx_t m;
static cnd_t c;
static int ready;
static tss_t key;
static volatile int dtor_sum;
static once_flag flag = ONCE_FLAG_INIT;
static int once_calls;

static void dtor(void *v) { __atomic_fetch_add(&dtor_sum, (int)(long)v, __ATOMIC_SEQ_CST); }
static void once_fn(void) { once_calls++; }

static int worker(void *arg)
{
	call_once(&flag, once_fn);
	tss_set(key, arg);
	mtx_lock(&m);
	ready = 1;
	cnd_signal(&c);
	mtx_unlock(&m);
	return (int)(long)arg + 40;
}

int main(void)
{
	T_EQ_INT(mtx_init(&m, mtx_plain), thrd_success);
	T_EQ_INT(cnd_init(&c), thrd_success);
	T_EQ_INT(tss_create(&key, dtor), thrd_success);
	thrd_t t;
	T_EQ_INT(thrd_create(&t, worker, (void *)2L), thrd_success);
	mtx_lock(&m);
	while (!ready)
		cnd_wait(&c, &m);
	mtx_unlock(&m);
	int res = 0;
	T_EQ_INT(thrd_join(t, &res), thrd_success);
	T_EQ_INT(res, 42);
	T_EQ_INT(dtor_sum, 2);
	call_once(&flag, once_fn);
	T_EQ_INT(once_calls, 1);
	T_ASSERT(thrd_equal(thrd_current(), thrd_current()));

	mtx_t r;
	T_EQ_INT(mtx_init(&r, mtx_plain | mtx_recursive), thrd_success);
	T_EQ_INT(mtx_lock(&r), thrd_success);
	T_EQ_INT(mtx_trylock(&r), thrd_success);
	T_EQ_INT(mtx_unlock(&r), thrd_success);
	T_EQ_INT(mtx_unlock(&r), thrd_success);
	T_EQ_INT(mtx_lock(&m), thrd_success);
	T_EQ_INT(mtx_trylock(&m), thrd_busy);
	T_EQ_INT(mtx_unlock(&m), thrd_success);

	struct timespec d = {0, 1000000};
	T_EQ_INT(thrd_sleep(&d, 0), 0);
	tss_delete(key);
	mtx_destroy(&m);
	cnd_destroy(&c);
	return t_status();
}
