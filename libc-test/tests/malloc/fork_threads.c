// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// fork() while other threads are inside malloc and free (their own blocks, blocks another
// thread allocated, medium and large blocks): the child's allocator is usable. Each child
// allocates, checks and frees blocks of every kind, under alarm() so a lock inherited held
// shows as SIGALRM rather than a hang.
#include <t.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define WORKERS 2
#define SLOTS 64

static volatile int stop;
static void *shared[SLOTS];

static void *worker(void *arg)
{
	unsigned long s = (unsigned long)arg * 2654435761UL + 1;
	void *mine[SLOTS] = { 0 };
	while (!stop) {
		s = s * 6364136223846793005UL + 1442695040888963407UL;
		unsigned k = (unsigned)(s >> 40) % SLOTS;
		size_t n = (s >> 20) % 8 == 0 ? 100000 + (s >> 33) % 400000 : 16 + (s >> 33) % 2000;
		free(mine[k]);
		mine[k] = malloc(n);
		if (mine[k])
			memset(mine[k], 0x5a, n < 64 ? n : 64);
		/* Trade blocks with the other threads so frees are remote too. */
		void *p = __atomic_exchange_n(&shared[k], mine[k], __ATOMIC_ACQ_REL);
		mine[k] = p;
	}
	for (int k = 0; k < SLOTS; k++)
		free(mine[k]);
	return 0;
}

static int child(void)
{
	alarm(20);
	void *v[300];
	for (int i = 0; i < 300; i++) {
		size_t n = i % 50 == 0 ? (size_t)(i + 1) * 40000 : (size_t)(i * 37 % 5000) + 1;
		v[i] = malloc(n);
		if (!v[i])
			return 2;
		memset(v[i], i & 0xff, n);
	}
	for (int i = 0; i < 300; i++) {
		if (((unsigned char *)v[i])[0] != (i & 0xff))
			return 3;
		v[i] = realloc(v[i], 3000);
		if (!v[i])
			return 4;
	}
	for (int i = 0; i < 300; i++)
		free(v[i]);
	/* Blocks the parent's threads allocated can be freed here as well. */
	for (int k = 0; k < SLOTS; k++)
		free(__atomic_exchange_n(&shared[k], 0, __ATOMIC_ACQ_REL));
	return 0;
}

int main(void)
{
	pthread_t t[WORKERS];
	for (long i = 0; i < WORKERS; i++)
		T_ASSERT(pthread_create(&t[i], 0, worker, (void *)(i + 1)) == 0);
	for (int round = 0; round < 20; round++) {
		pid_t pid = fork();
		T_ASSERT(pid >= 0);
		if (pid == 0)
			_exit(child());
		int st = 0;
		T_EQ_INT(waitpid(pid, &st, 0), pid);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
			T_ASSERT(WIFEXITED(st));
			T_EQ_INT(WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st), 0);
			break;
		}
	}
	stop = 1;
	for (int i = 0; i < WORKERS; i++)
		pthread_join(t[i], 0);
	for (int k = 0; k < SLOTS; k++)
		free(shared[k]);
	return t_status();
}
