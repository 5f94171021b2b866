// mremap: growing with MREMAP_MAYMOVE keeps the contents; growing in place without it
// can fail with ENOMEM; shrinking; MREMAP_FIXED reads the fifth argument.
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <t.h>

int main(void)
{
	/* Reserve three pages; the first becomes writable, the second stays a PROT_NONE
	 * mapping that blocks growth in place. */
	char *res = mmap(0, 3 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(res != MAP_FAILED);
	char *p = mmap(res, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	T_ASSERT(p == res);
	for (int i = 0; i < 4096; i++)
		p[i] = (char)i;
	errno = 0;
	T_ASSERT(mremap(p, 4096, 65536, 0) == MAP_FAILED);
	T_EQ_INT(errno, ENOMEM);
	char *q = mremap(p, 4096, 65536, MREMAP_MAYMOVE);
	T_ASSERT(q != MAP_FAILED);
	int ok = 1;
	for (int i = 0; i < 4096; i++)
		ok &= q[i] == (char)i;
	T_ASSERT(ok);
	q[65535] = 1;
	char *r = mremap(q, 65536, 4096, 0);
	T_ASSERT(r == q);
	/* Move to a fixed address inside a reservation of our own. */
	T_EQ_INT(munmap(res + 4096, 2 * 4096), 0);
	char *dst = mmap(0, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(dst != MAP_FAILED);
	char *s = mremap(r, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, dst + 4096);
	T_ASSERT(s == dst + 4096);
	T_EQ_INT(s[5], 5);
	errno = 0;
	T_ASSERT(mremap(s, 4096, (size_t)-1 / 2 + 1, MREMAP_MAYMOVE) == MAP_FAILED);
#ifdef __GLIBC__
	T_EQ_INT(errno, EINVAL); /* glibc passes the size to the kernel */
#else
	T_EQ_INT(errno, ENOMEM); /* musl: sizes >= PTRDIFF_MAX are ENOMEM */
#endif
	T_EQ_INT(munmap(dst, 8192), 0);
	return t_status();
}
