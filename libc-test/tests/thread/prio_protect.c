// rcc-test: cflags=-pthread
// PTHREAD_PRIO_PROTECT is not supported (as musl: ENOTSUP), so no mutex has a priority
// ceiling: pthread_mutex_getprioceiling/setprioceiling fail with EINVAL.
#include <t.h>
#include <pthread.h>
#include <errno.h>

int main(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	int v = -1, old = -1;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	T_EQ_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_PROTECT), ENOTSUP);
	T_EQ_INT(pthread_mutexattr_getprotocol(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_PRIO_NONE);
	T_EQ_INT(pthread_mutex_init(&m, &a), 0);
	T_EQ_INT(pthread_mutex_getprioceiling(&m, &v), EINVAL);
	T_EQ_INT(pthread_mutex_setprioceiling(&m, 1, &old), EINVAL);
	T_EQ_INT(pthread_mutex_lock(&m), 0);
	T_EQ_INT(pthread_mutex_unlock(&m), 0);
	return t_status();
}
