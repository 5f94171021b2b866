// rcc-test: cflags=-pthread -D_GNU_SOURCE
// pthread_setconcurrency/getconcurrency as in musl: 0 accepted, negative EINVAL,
// positive EAGAIN (glibc instead remembers any non-negative level).
#include <t.h>
#include <pthread.h>
#include <errno.h>

int main(void)
{
	T_EQ_INT(pthread_getconcurrency(), 0);
	T_EQ_INT(pthread_setconcurrency(-1), EINVAL);
	T_EQ_INT(pthread_setconcurrency(0), 0);
	T_EQ_INT(pthread_getconcurrency(), 0);
	T_EQ_INT(pthread_setconcurrency(4), EAGAIN);
	T_EQ_INT(pthread_getconcurrency(), 0);
	return t_status();
}
