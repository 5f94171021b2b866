// rcc-test: cflags=-pthread
// rcc-test: expect-exit=0
// rcc-test: expect-stdout=worker done\n
// pthread_exit from main: the process lives on until the last thread exits, then ends
// with status 0 and runs atexit handlers... (no atexit output expected from main's
// thread here: only the worker's line).
#include <t.h>
#include <pthread.h>
#include <unistd.h>

static void *worker(void *arg)
{
	(void)arg;
	for (volatile long i = 0; i < 20000000; i++)
		;
	t_puts("worker done\n");
	return 0;
}

int main(void)
{
	pthread_t t;
	if (pthread_create(&t, 0, worker, 0))
		return 2;
	pthread_exit(0);
}
