// rcc-test: cflags=-pthread
// rcc-test: expect-stdout=thread: B A key\nexit: D C atexit\n
// __cxa_thread_atexit_impl (glibc's hook for C++ thread_local destructors): a thread's
// destructors run newest first when it ends (by return and by pthread_exit), before its
// thread-specific data destructors, including one registered by a destructor; the main
// thread's run at exit() before atexit handlers registered earlier.
#include <t.h>
#include <pthread.h>
#include <stdlib.h>

int __cxa_thread_atexit_impl(void (*)(void *), void *, void *);
extern void *__dso_handle;
#define REG(f, p) __cxa_thread_atexit_impl(f, p, &__dso_handle)

static pthread_key_t key;
static char log_buf[64];
static int log_len;

static void note(const char *s)
{
	while (*s && log_len < (int)sizeof log_buf - 1)
		log_buf[log_len++] = *s++;
}

static void dtor(void *p)
{
	note(" ");
	note(p);
}

static void late(void *p)
{
	dtor(p);
}

static void registers_late(void *p)
{
	dtor(p);
	REG(late, "late");
}

static void key_dtor(void *p)
{
	(void)p;
	note(" key");
}

static void *by_return(void *arg)
{
	(void)arg;
	pthread_setspecific(key, (void *)1);
	REG(dtor, "A");
	REG(dtor, "B");
	return 0;
}

static void *by_exit(void *arg)
{
	(void)arg;
	REG(dtor, "x");
	REG(registers_late, "y");
	pthread_exit(0);
}

static void put(void *p)
{
	t_puts(p);
}

static void at_exit(void)
{
	t_puts(" atexit\n");
}

int main(void)
{
	pthread_t t;
	T_EQ_INT(pthread_key_create(&key, key_dtor), 0);
	T_EQ_INT(pthread_create(&t, 0, by_return, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	log_buf[log_len] = 0;
	T_EQ_STR(log_buf, " B A key");
	log_len = 0;
	T_EQ_INT(pthread_create(&t, 0, by_exit, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	log_buf[log_len] = 0;
	T_EQ_STR(log_buf, " y late x");
	t_puts("thread: B A key\n");
	if (t_status())
		return t_status();
	atexit(at_exit);
	REG(put, " C");
	REG(put, "exit: D");
	exit(0);
}
