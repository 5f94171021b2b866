// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// Memory freed by threads that have exited is reused: 1000 times a thread allocates and
// frees a few MiB of blocks of many sizes and exits, leaving some blocks that the main
// thread frees after the join; the resident size (/proc/self/statm) stays bounded instead
// of growing with every thread.
#include <t.h>
#include <t_rss.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ROUNDS 1000
#define BLOCKS 400
#define LEFT 20

static void *left[LEFT];

static void *worker(void *arg)
{
	unsigned long s = (unsigned long)arg * 0x9e3779b97f4a7c15UL + 7;
	static __thread void *v[BLOCKS];
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < BLOCKS; i++) {
			s = s * 6364136223846793005UL + 1442695040888963407UL;
			size_t n = i % 40 == 0 ? 70000 + (s >> 33) % 200000 : 16 + (s >> 33) % 8000;
			v[i] = malloc(n);
			if (!v[i])
				return (void *)1;
			memset(v[i], 1, n);
		}
		for (int i = 0; i < BLOCKS; i++)
			free(v[i]);
	}
	for (int i = 0; i < LEFT; i++) {
		left[i] = malloc(16 + i * 100);
		if (!left[i])
			return (void *)1;
		memset(left[i], 2, 16 + i * 100);
	}
	return 0;
}

int main(void)
{
	long start = -1;
	for (long r = 0; r < ROUNDS; r++) {
		pthread_t t;
		void *ret = (void *)1;
		T_ASSERT(pthread_create(&t, 0, worker, (void *)r) == 0);
		T_ASSERT(pthread_join(t, &ret) == 0);
		T_ASSERT(ret == 0);
		for (int i = 0; i < LEFT; i++)
			free(left[i]);
		if (r == 9)
			start = t_rss_kib();
		if (*t_failure_count())
			break;
	}
	long end = t_rss_kib();
	T_ASSERT(start > 0 && end > 0);
	/* One thread's peak is a few MiB; 1000 threads' worth would be gigabytes. */
	if (end - start > 32 * 1024) {
		t_err("rss grew from ");
		t_errnum(start);
		t_err(" to ");
		t_errnum(end);
		t_err(" KiB\n");
		T_ASSERT(end - start <= 32 * 1024);
	}
	return t_status();
}
