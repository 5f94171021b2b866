// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// A cancellation point whose syscall completed is not cancelled (deferred mode): a
// thread loops on read(2) of one byte and on sem_wait while the main thread writes a
// byte (posts) and at once cancels it. Whatever the interleaving, the byte/post is
// either consumed by a call that returned normally or still there after the join —
// never taken by a call that was then cancelled.
#include <t.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

static int pfd[2];
static volatile int consumed;
static sem_t sem;

static void *reader(void *arg)
{
	(void)arg;
	char c;
	for (;;)
		if (read(pfd[0], &c, 1) == 1)
			consumed++;
	return 0;
}

static void *waiter(void *arg)
{
	(void)arg;
	for (;;)
		if (sem_wait(&sem) == 0)
			consumed++;
	return 0;
}

static void spin(int n)
{
	for (volatile int i = 0; i < n; i++)
		;
}

int main(void)
{
	T_EQ_INT(pipe(pfd), 0);
	int lost = 0;
	for (int i = 0; i < 400; i++) {
		pthread_t t;
		void *r;
		char c;
		consumed = 0;
		T_EQ_INT(pthread_create(&t, 0, reader, 0), 0);
		spin(i * 37 % 20000);
		T_EQ_INT(write(pfd[1], "x", 1), 1);
		spin(i * 13 % 3000);
		T_EQ_INT(pthread_cancel(t), 0);
		T_EQ_INT(pthread_join(t, &r), 0);
		T_EQ_PTR(r, PTHREAD_CANCELED);
		fcntl(pfd[0], F_SETFL, O_NONBLOCK);
		int left = read(pfd[0], &c, 1) == 1;
		fcntl(pfd[0], F_SETFL, 0);
		if (consumed + left != 1)
			lost++;
	}
	T_EQ_INT(lost, 0);

	T_EQ_INT(sem_init(&sem, 0, 0), 0);
	lost = 0;
	for (int i = 0; i < 400; i++) {
		pthread_t t;
		void *r;
		int left = 0;
		consumed = 0;
		T_EQ_INT(pthread_create(&t, 0, waiter, 0), 0);
		spin(i * 37 % 20000);
		T_EQ_INT(sem_post(&sem), 0);
		spin(i * 13 % 3000);
		T_EQ_INT(pthread_cancel(t), 0);
		T_EQ_INT(pthread_join(t, &r), 0);
		T_EQ_PTR(r, PTHREAD_CANCELED);
		while (sem_trywait(&sem) == 0)
			left++;
		if (consumed + left != 1)
			lost++;
	}
	T_EQ_INT(lost, 0);
	return t_status();
}
