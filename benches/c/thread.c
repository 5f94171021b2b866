/* thread.c: issue 7's measures — uncontended mutex lock/unlock, 2-thread mutex and
 * condvar ping-pong, pthread_create+join latency, pthread_getspecific, __thread access
 * and errno. */
#include <pthread.h>
#include <errno.h>
#include "bench.h"

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;

static void b_mutex(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		pthread_mutex_lock(&mtx);
		pthread_mutex_unlock(&mtx);
	}
}

/* Ping-pong: two threads take turns; one op = one hand-over each way. */
static pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pc = PTHREAD_COND_INITIALIZER;
static volatile uint64_t turn, limit;

static void *ponger(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&pm);
	for (;;) {
		while (turn % 2 == 0 && turn < limit)
			pthread_cond_wait(&pc, &pm);
		if (turn >= limit)
			break;
		turn++;
		pthread_cond_signal(&pc);
	}
	pthread_mutex_unlock(&pm);
	return 0;
}

static void b_pingpong(void *ctx, uint64_t iters)
{
	(void)ctx;
	pthread_t t;
	turn = 0;
	limit = iters * 2;
	pthread_create(&t, 0, ponger, 0);
	pthread_mutex_lock(&pm);
	while (turn < limit) {
		while (turn % 2 == 1)
			pthread_cond_wait(&pc, &pm);
		turn++;
		pthread_cond_signal(&pc);
	}
	pthread_cond_broadcast(&pc);
	pthread_mutex_unlock(&pm);
	pthread_join(t, 0);
}

/* Contended: two threads hammer one mutex; one op = one lock/unlock by one thread. */
static volatile uint64_t shared_count;
static uint64_t contended_iters;
static void *hammer(void *arg)
{
	(void)arg;
	for (uint64_t i = 0; i < contended_iters; i++) {
		pthread_mutex_lock(&mtx);
		shared_count++;
		pthread_mutex_unlock(&mtx);
	}
	return 0;
}

static void b_contended(void *ctx, uint64_t iters)
{
	(void)ctx;
	pthread_t a, b;
	contended_iters = iters / 2 + 1;
	pthread_create(&a, 0, hammer, 0);
	pthread_create(&b, 0, hammer, 0);
	pthread_join(a, 0);
	pthread_join(b, 0);
}

static void *nothing(void *arg) { return arg; }

static void b_create_join(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		pthread_t t;
		pthread_create(&t, 0, nothing, 0);
		pthread_join(t, 0);
	}
}

static pthread_key_t key;
static void b_getspecific(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		bench_sink += (uintptr_t)pthread_getspecific(key);
}

static __thread uint64_t tls_counter;
static void __attribute__((noinline)) tls_bump(void) { tls_counter++; }
static void b_tls(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++)
		tls_bump();
	bench_sink = tls_counter;
}

static void b_errno(void *ctx, uint64_t iters)
{
	(void)ctx;
	for (uint64_t i = 0; i < iters; i++) {
		errno = (int)i;
		__asm__ volatile("" ::: "memory");
		bench_sink += (uintptr_t)errno;
	}
}

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	pthread_key_create(&key, 0);
	pthread_setspecific(key, &key);
	bench_case("thread/mutex_uncontended", b_mutex, 0);
	bench_case("thread/mutex_contended_2t", b_contended, 0);
	bench_case("thread/cond_pingpong", b_pingpong, 0);
	bench_case("thread/create_join", b_create_join, 0);
	bench_case("thread/getspecific", b_getspecific, 0);
	bench_case("thread/tls_access", b_tls, 0);
	bench_case("thread/errno", b_errno, 0);
	return 0;
}
