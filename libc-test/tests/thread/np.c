// rcc-test: cflags=-pthread -D_GNU_SOURCE
// GNU extensions: pthread_getattr_np stack bounds contain a local variable,
// pthread_setname_np/getname_np for self and another thread (ERANGE for long names),
// pthread_tryjoin_np EBUSY then success, pthread_kill(t, 0) and pthread_sigmask.
#include <t.h>
#include <pthread.h>
#include <signal.h>
#include <errno.h>

static volatile int release;
static volatile int stack_ok = -1;

static void *waiter(void *arg)
{
	(void)arg;
	int local;
	pthread_attr_t a;
	void *addr;
	size_t size;
	if (pthread_getattr_np(pthread_self(), &a) == 0 && pthread_attr_getstack(&a, &addr, &size) == 0)
		stack_ok = (char *)&local >= (char *)addr && (char *)&local < (char *)addr + size && size >= 65536;
	while (!__atomic_load_n(&release, __ATOMIC_SEQ_CST))
		;
	return (void *)7L;
}

int main(void)
{
	pthread_t t;
	char name[32];
	T_EQ_INT(pthread_create(&t, 0, waiter, 0), 0);
	T_EQ_INT(pthread_setname_np(t, "rcc-worker"), 0);
	T_EQ_INT(pthread_getname_np(t, name, sizeof name), 0);
	T_EQ_STR(name, "rcc-worker");
	T_EQ_INT(pthread_getname_np(t, name, 4), ERANGE);
	T_EQ_INT(pthread_setname_np(t, "a-name-that-is-too-long"), ERANGE);
	T_EQ_INT(pthread_setname_np(pthread_self(), "main-thr"), 0);
	T_EQ_INT(pthread_getname_np(pthread_self(), name, sizeof name), 0);
	T_EQ_STR(name, "main-thr");
	T_EQ_INT(pthread_kill(t, 0), 0);
	void *r = 0;
	T_EQ_INT(pthread_tryjoin_np(t, &r), EBUSY);
	__atomic_store_n(&release, 1, __ATOMIC_SEQ_CST);
	while (pthread_tryjoin_np(t, &r) == EBUSY)
		;
	T_EQ_PTR(r, (void *)7L);
	T_EQ_INT(stack_ok, 1);

	sigset_t s, old;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	T_EQ_INT(pthread_sigmask(SIG_BLOCK, &s, &old), 0);
	T_EQ_INT(pthread_sigmask(SIG_SETMASK, 0, &s), 0);
	T_ASSERT(sigismember(&s, SIGUSR1));
	T_EQ_INT(pthread_sigmask(99, &s, 0), EINVAL);
	T_EQ_INT(pthread_sigmask(SIG_SETMASK, &old, 0), 0);

	pthread_attr_t a;
	void *addr;
	size_t size;
	int local;
	T_EQ_INT(pthread_getattr_np(pthread_self(), &a), 0);
	T_EQ_INT(pthread_attr_getstack(&a, &addr, &size), 0);
	T_ASSERT((char *)&local >= (char *)addr && (char *)&local < (char *)addr + size);
	return t_status();
}
