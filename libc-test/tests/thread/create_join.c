// rcc-test: cflags=-pthread
// pthread_create/join: values in and out, TLS per thread (initialised copy, not shared),
// errno per thread, pthread_self/equal, many sequential threads.
#include <t.h>
#include <pthread.h>
#include <errno.h>
#include <unistd.h>

__thread int tls_counter = 1000;
__thread char tls_name[8] = "main";

static void *worker(void *arg)
{
	long n = (long)arg;
	if (tls_counter != 1000 || tls_name[0] != 'm')
		return (void *)-1L;
	tls_counter += (int)n;
	tls_name[0] = 'w';
	errno = 0;
	if (write(-1, "x", 1) != -1 || errno != EBADF)
		return (void *)-2L;
	return (void *)(n * 2 + (tls_counter - 1000 == n ? 0 : 100000));
}

static pthread_t seen_self;
static void *record_self(void *arg)
{
	(void)arg;
	seen_self = pthread_self();
	return 0;
}

int main(void)
{
	pthread_t t[8];
	for (long i = 0; i < 8; i++)
		T_EQ_INT(pthread_create(&t[i], 0, worker, (void *)i), 0);
	for (long i = 0; i < 8; i++) {
		void *r = 0;
		T_EQ_INT(pthread_join(t[i], &r), 0);
		T_EQ_INT((long)r, i * 2);
	}
	T_EQ_INT(tls_counter, 1000);
	T_EQ_INT(tls_name[0], 'm');
	errno = 0;
	T_EQ_INT(errno, 0);

	pthread_t s;
	T_EQ_INT(pthread_create(&s, 0, record_self, 0), 0);
	T_EQ_INT(pthread_join(s, 0), 0);
	T_ASSERT(pthread_equal(s, seen_self));
	T_ASSERT(!pthread_equal(s, pthread_self()));

	for (long i = 0; i < 2000; i++) {
		void *r;
		if (pthread_create(&s, 0, worker, (void *)(i & 7)) != 0 || pthread_join(s, &r) != 0 || (long)r != (i & 7) * 2) {
			T_ASSERT(!"sequential create/join");
			break;
		}
	}
	return t_status();
}
