// Random malloc/free/realloc/calloc with a content pattern per block, checked before
// every free and resize. Written as a worker over its own slots so that later it can run
// in several threads at once.
// rcc-test: timeout=60
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

#define SLOTS 4096
struct slot {
	unsigned char *p;
	size_t n;
	unsigned char tag;
};

static uint64_t rng(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static size_t pick_size(uint64_t *s)
{
	uint64_t r = rng(s);
	switch (r % 16) {
	case 0:
		return (r >> 8) % 300000; /* up to large */
	case 1:
	case 2:
		return (r >> 8) % 8192;
	default:
		return (r >> 8) % 512;
	}
}

static int intact(const struct slot *s)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->p[i] != (unsigned char)(s->tag + i))
			return 0;
	return 1;
}

static void paint(struct slot *s, size_t from)
{
	for (size_t i = from; i < s->n; i++)
		s->p[i] = (unsigned char)(s->tag + i);
}

static int worker(uint64_t seed, long ops)
{
	static struct slot slots[SLOTS];
	uint64_t s = seed;
	int bad = 0;
	for (long k = 0; k < ops; k++) {
		struct slot *sl = &slots[rng(&s) % SLOTS];
		if (sl->p && !intact(sl))
			bad++;
		switch (rng(&s) % 4) {
		case 0:
			free(sl->p);
			sl->p = 0;
			sl->n = 0;
			break;
		case 1: {
			size_t n = pick_size(&s);
			unsigned char *q = realloc(sl->p, n);
			if (!q && n) {
				bad++;
				break;
			}
			size_t keep = sl->n < n ? sl->n : n;
			sl->p = q;
			sl->n = n;
			paint(sl, keep);
			break;
		}
		case 2: {
			free(sl->p);
			sl->n = pick_size(&s);
			sl->p = calloc(1, sl->n);
			for (size_t i = 0; i < sl->n; i++)
				bad += sl->p[i] != 0;
			sl->tag = (unsigned char)rng(&s);
			paint(sl, 0);
			break;
		}
		default:
			free(sl->p);
			sl->n = pick_size(&s);
			sl->p = malloc(sl->n);
			sl->tag = (unsigned char)rng(&s);
			if ((uintptr_t)sl->p % 16)
				bad++;
			paint(sl, 0);
		}
	}
	for (int i = 0; i < SLOTS; i++) {
		if (slots[i].p && !intact(&slots[i]))
			bad++;
		free(slots[i].p);
		slots[i].p = 0;
	}
	return bad;
}

int main(void)
{
	T_EQ_INT(worker(0x9e3779b97f4a7c15ull, 200000), 0);
	return t_status();
}
