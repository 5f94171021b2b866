// mlock2 (Linux 4.4): MLOCK_ONFAULT and plain locking, then munlock; EINVAL for
// unknown flags.
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <t.h>

int main(void)
{
	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(p != MAP_FAILED);
	T_EQ_INT(mlock2(p, 4096, 0), 0);
	T_EQ_INT(mlock2(p + 4096, 4096, MLOCK_ONFAULT), 0);
	p[0] = 1;
	p[4096] = 2;
	T_EQ_INT(munlock(p, 8192), 0);
	errno = 0;
	T_EQ_INT(mlock2(p, 4096, 0x80), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(munmap(p, 8192), 0);
	return t_status();
}
