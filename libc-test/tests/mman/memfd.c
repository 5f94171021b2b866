// memfd_create + ftruncate + mmap; MFD_CLOEXEC; bad flags are EINVAL.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <t.h>

int main(void)
{
	int fd = memfd_create("rcc-test", MFD_CLOEXEC);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_EQ_INT(ftruncate(fd, 8192), 0);
	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	T_ASSERT(p != MAP_FAILED);
	T_EQ_INT(p[8191], 0);
	p[5] = 'm';
	char c = 0;
	T_EQ_INT(pread(fd, &c, 1, 5), 1);
	T_EQ_INT(c, 'm');
	T_EQ_INT(munmap(p, 8192), 0);
	T_EQ_INT(close(fd), 0);
	errno = 0;
	T_EQ_INT(memfd_create("x", 0x1000), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
