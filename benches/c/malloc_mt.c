/* malloc_mt.c: multi-thread allocator loads from issue 5: blocks freed by another thread
 * (producer/consumer), larson-style exchange of live blocks between threads,
 * cache-scratch (a thread frees a block another allocated, then churns small blocks), and
 * a scaling run with 1, 2, 4 and 8 threads.  Each call starts its threads, so one op is
 * 1000 allocations (thread start-up is then a few percent of a batch); ns/op is wall time
 * over all threads. */
#define OPS 1000
#include <pthread.h>
#include <stdlib.h>
#include "bench.h"

/* ---- producer/consumer: batches of pointers through a ring ---- */

#define BATCH 256
#define RING 8

struct ring {
	void *slot[RING][BATCH];
	unsigned head, tail; /* batches produced, consumed */
	uint64_t batches;
};

/* sched_yield as a raw syscall (24): needs nothing from the libc. */
static void yield(void)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "0"(24L) : "rcx", "r11", "memory");
	(void)ret;
}

static void wait_until(unsigned *p, unsigned v, int want_ge)
{
	int spins = 0;
	for (;;) {
		unsigned x = __atomic_load_n(p, __ATOMIC_ACQUIRE);
		if (want_ge ? (int)(x - v) >= 0 : x == v)
			return;
		if (++spins > 64) {
			yield();
			spins = 0;
		}
	}
}

static void *consumer(void *arg)
{
	struct ring *r = arg;
	uint64_t b;
	int k;
	for (b = 0; b < r->batches; b++) {
		wait_until(&r->head, (unsigned)b + 1, 1);
		for (k = 0; k < BATCH; k++)
			free(r->slot[b % RING][k]);
		__atomic_store_n(&r->tail, (unsigned)b + 1, __ATOMIC_RELEASE);
	}
	return 0;
}

/* op: 1000 16-256 B blocks, each malloc'ed by one thread and freed by the other (batches of 256). */
static void b_prodcons(void *ctx, uint64_t iters)
{
	static struct ring r;
	pthread_t t;
	uint64_t b;
	int k;
	(void)ctx;
	r.head = r.tail = 0;
	r.batches = (iters * OPS + BATCH - 1) / BATCH;
	pthread_create(&t, 0, consumer, &r);
	for (b = 0; b < r.batches; b++) {
		if (b >= RING)
			wait_until(&r.tail, (unsigned)(b - RING + 1), 1);
		for (k = 0; k < BATCH; k++)
			r.slot[b % RING][k] = malloc(16 + (k * 37) % 241);
		__atomic_store_n(&r.head, (unsigned)b + 1, __ATOMIC_RELEASE);
	}
	pthread_join(t, 0);
}

/* ---- larson-style: each round a thread works on the other thread's blocks ---- */

#define LSLOTS 1000
#define LROUND 4096

static void *larson_arr[2][LSLOTS];
/* The same spin-then-yield barrier on every libc (pthread_barrier_wait differs). */
static unsigned bar_count, bar_gen;

static void barrier2(void)
{
	unsigned g = __atomic_load_n(&bar_gen, __ATOMIC_ACQUIRE);
	if (__atomic_add_fetch(&bar_count, 1, __ATOMIC_ACQ_REL) == 2) {
		__atomic_store_n(&bar_count, 0, __ATOMIC_RELAXED);
		__atomic_store_n(&bar_gen, g + 1, __ATOMIC_RELEASE);
		return;
	}
	wait_until(&bar_gen, g + 1, 1);
}

struct worker {
	int id;
	uint64_t ops;
	uint64_t seed;
};

static void *larson(void *arg)
{
	struct worker *w = arg;
	uint64_t i, s = w->seed;
	int round = 0;
	for (i = 0; i < w->ops; i++) {
		void **a;
		size_t k;
		if (i % LROUND == LROUND - 1) {
			barrier2();
			round++;
		}
		a = larson_arr[(w->id + round) & 1];
		s ^= s << 13, s ^= s >> 7, s ^= s << 17;
		k = (size_t)(s % LSLOTS);
		free(a[k]);
		a[k] = malloc(16 + (s >> 32) % 497);
		*(volatile char *)a[k] = 1;
	}
	return 0;
}

/* op: 1000 times, free one of 2000 live 16-512 B blocks and malloc a replacement, 2 threads; every
 * 4096 ops the threads swap block sets, so half the frees hit the other thread's blocks. */
static void b_larson(void *ctx, uint64_t iters)
{
	pthread_t t;
	struct worker w[2];
	uint64_t per = (iters * OPS + 1) / 2;
	int k;
	(void)ctx;
	/* Both threads must pass the same number of barriers. */
	per = (per + LROUND - 1) / LROUND * LROUND;
	for (k = 0; k < 2; k++) {
		w[k].id = k;
		w[k].ops = per;
		w[k].seed = 0x9e3779b97f4a7c15u * (uint64_t)(k + 1);
	}
	pthread_create(&t, 0, larson, &w[1]);
	larson(&w[0]);
	pthread_join(t, 0);
}

/* ---- cache-scratch: a block from the main thread is freed by a worker, which then
 * churns small blocks and writes them ---- */

struct scratch {
	char *first;
	uint64_t ops;
};

static void *scratch_worker(void *arg)
{
	struct scratch *c = arg;
	uint64_t i;
	int j;
	free(c->first);
	for (i = 0; i < c->ops; i++) {
		volatile char *p = malloc(16);
		for (j = 0; j < 16; j++)
			p[j] = (char)j;
		free((void *)p);
	}
	return 0;
}

/* op: 1000 times malloc 16 B, write it, free it, spread over 2 threads running at once. */
static void b_scratch(void *ctx, uint64_t iters)
{
	pthread_t t[2];
	struct scratch c[2];
	int k;
	(void)ctx;
	for (k = 0; k < 2; k++) {
		c[k].first = malloc(16);
		c[k].ops = (iters * OPS + 1) / 2;
	}
	for (k = 0; k < 2; k++)
		pthread_create(&t[k], 0, scratch_worker, &c[k]);
	for (k = 0; k < 2; k++)
		pthread_join(t[k], 0);
}

/* ---- scaling: N threads each churning their own blocks ---- */

#define SSLOTS 256

static void *scale_worker(void *arg)
{
	struct worker *w = arg;
	void *a[SSLOTS] = {0};
	uint64_t i, s = w->seed;
	int k;
	for (i = 0; i < w->ops; i++) {
		size_t j;
		s ^= s << 13, s ^= s >> 7, s ^= s << 17;
		j = (size_t)(s % SSLOTS);
		free(a[j]);
		a[j] = malloc(16 + (s >> 32) % 497);
		*(volatile char *)a[j] = 1;
	}
	for (k = 0; k < SSLOTS; k++)
		free(a[k]);
	return 0;
}

static void scale(uint64_t iters, int n)
{
	pthread_t t[8];
	struct worker w[8];
	int k;
	for (k = 0; k < n; k++) {
		w[k].id = k;
		w[k].ops = (iters * OPS + (uint64_t)n - 1) / (uint64_t)n;
		w[k].seed = 0x2545f4914f6cdd1du * (uint64_t)(k + 1);
		pthread_create(&t[k], 0, scale_worker, &w[k]);
	}
	for (k = 0; k < n; k++)
		pthread_join(t[k], 0);
}

/* op: 1000 times, free one of 256 live 16-512 B blocks and malloc another, spread over N
 * threads (2 cores: ideally N>=2 takes half the time of N=1). */
static void b_scale1(void *ctx, uint64_t iters) { (void)ctx; scale(iters, 1); }
static void b_scale2(void *ctx, uint64_t iters) { (void)ctx; scale(iters, 2); }
static void b_scale4(void *ctx, uint64_t iters) { (void)ctx; scale(iters, 4); }
static void b_scale8(void *ctx, uint64_t iters) { (void)ctx; scale(iters, 8); }

int main(int argc, char **argv)
{
	bench_init(argc, argv);
	bench_case("malloc/prodcons-2t", b_prodcons, 0);
	bench_case("malloc/larson-2t", b_larson, 0);
	bench_case("malloc/cache-scratch-2t", b_scratch, 0);
	bench_case("malloc/scale-1t", b_scale1, 0);
	bench_case("malloc/scale-2t", b_scale2, 0);
	bench_case("malloc/scale-4t", b_scale4, 0);
	bench_case("malloc/scale-8t", b_scale8, 0);
	return 0;
}
