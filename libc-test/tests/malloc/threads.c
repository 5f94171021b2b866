// rcc-test: cflags=-pthread
// Several threads doing random malloc/realloc/free with content checks, plus blocks
// allocated in one thread and freed in another (a producer/consumer ring).
#include <t.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define SLOTS 256
#define OPS 40000

static unsigned long next_rand(unsigned long *s)
{
	*s = *s * 6364136223846793005UL + 1442695040888963407UL;
	return *s >> 33;
}

static volatile int errors;

static void *churn(void *arg)
{
	unsigned long seed = (unsigned long)arg * 7919 + 1;
	unsigned char *p[SLOTS] = {0};
	size_t n[SLOTS] = {0};
	for (int op = 0; op < OPS; op++) {
		int i = (int)(next_rand(&seed) % SLOTS);
		if (p[i]) {
			for (size_t k = 0; k < n[i]; k++)
				if (p[i][k] != (unsigned char)(i + k)) {
					errors++;
					break;
				}
		}
		size_t sz = next_rand(&seed) % (next_rand(&seed) % 8 == 0 ? 70000 : 600);
		if (next_rand(&seed) % 3 == 0 && p[i]) {
			unsigned char *q = realloc(p[i], sz + 1);
			if (!q) {
				errors++;
				continue;
			}
			p[i] = q;
		} else {
			free(p[i]);
			p[i] = malloc(sz + 1);
			if (!p[i]) {
				errors++;
				continue;
			}
		}
		n[i] = sz + 1;
		for (size_t k = 0; k < n[i]; k++)
			p[i][k] = (unsigned char)(i + k);
	}
	for (int i = 0; i < SLOTS; i++)
		free(p[i]);
	return 0;
}

#define RING 64
static void *ring[RING];
static int head, tail, count, done;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *producer(void *arg)
{
	(void)arg;
	for (int i = 0; i < 20000; i++) {
		size_t sz = 16 + (size_t)(i % 500);
		char *b = malloc(sz);
		memset(b, i & 0xff, sz);
		pthread_mutex_lock(&m);
		while (count == RING)
			pthread_cond_wait(&cv, &m);
		ring[tail] = b;
		tail = (tail + 1) % RING;
		count++;
		pthread_cond_broadcast(&cv);
		pthread_mutex_unlock(&m);
	}
	pthread_mutex_lock(&m);
	done = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&m);
	return 0;
}

static void *consumer(void *arg)
{
	(void)arg;
	int i = 0;
	for (;;) {
		pthread_mutex_lock(&m);
		while (count == 0 && !done)
			pthread_cond_wait(&cv, &m);
		if (count == 0 && done) {
			pthread_mutex_unlock(&m);
			break;
		}
		char *b = ring[head];
		head = (head + 1) % RING;
		count--;
		pthread_cond_broadcast(&cv);
		pthread_mutex_unlock(&m);
		if ((unsigned char)b[0] != (unsigned char)(i & 0xff))
			errors++;
		free(b);
		i++;
	}
	return 0;
}

int main(void)
{
	pthread_t t[THREADS], p, c;
	for (long i = 0; i < THREADS; i++)
		T_EQ_INT(pthread_create(&t[i], 0, churn, (void *)i), 0);
	T_EQ_INT(pthread_create(&p, 0, producer, 0), 0);
	T_EQ_INT(pthread_create(&c, 0, consumer, 0), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	pthread_join(p, 0);
	pthread_join(c, 0);
	T_EQ_INT(errors, 0);
	return t_status();
}
