// mallinfo2 and mallinfo (glibc extensions; musl has neither): bytes in use rise and fall
// with small blocks, a 64 MiB block counts as one mapped block (hblks/hblkhd), in-use plus
// free bytes make up the arena, and the int version agrees with the size_t one.
// malloc_trim returns 0 or 1 and the allocator keeps working after it.
#include <t.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#define N 1000

static void *v[N];

int main(void)
{
	struct mallinfo2 m0 = mallinfo2();
	T_EQ_INT(m0.uordblks + m0.fordblks, m0.arena);
	for (int i = 0; i < N; i++) {
		v[i] = malloc(100);
		T_ASSERT(v[i] != 0);
		memset(v[i], 1, 100);
	}
	struct mallinfo2 m1 = mallinfo2();
	T_ASSERT(m1.uordblks >= m0.uordblks + N * 100);
	T_ASSERT(m1.arena >= m1.uordblks);
	T_EQ_INT(m1.uordblks + m1.fordblks, m1.arena);

	char *big = malloc(64 << 20);
	T_ASSERT(big != 0);
	big[0] = 1;
	struct mallinfo2 m2 = mallinfo2();
	T_EQ_INT(m2.hblks, m1.hblks + 1);
	T_ASSERT(m2.hblkhd >= m1.hblkhd + (64 << 20));
	struct mallinfo mi = mallinfo();
	T_EQ_INT(mi.hblks, (int)m2.hblks);
	T_EQ_INT(mi.uordblks, (int)m2.uordblks);
	T_EQ_INT(mi.arena, (int)m2.arena);
	free(big);
	struct mallinfo2 m3 = mallinfo2();
	T_EQ_INT(m3.hblks, m1.hblks);

	for (int i = 0; i < N; i++)
		free(v[i]);
	struct mallinfo2 m4 = mallinfo2();
	/* A few freed blocks may stay counted in per-thread caches (glibc's tcache). */
	T_ASSERT(m4.uordblks + N * 100 / 2 <= m3.uordblks);
	T_EQ_INT(m4.uordblks + m4.fordblks, m4.arena);

	int r = malloc_trim(0);
	T_ASSERT(r == 0 || r == 1);
	char *p = malloc(5000);
	T_ASSERT(p != 0);
	memset(p, 3, 5000);
	free(p);
	return t_status();
}
