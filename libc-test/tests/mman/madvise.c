// msync on a shared file mapping; madvise(MADV_DONTNEED) zeroes private anonymous pages;
// posix_madvise returns errors instead of setting errno; mlock/munlock; mincore.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <t.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(ftruncate(fd, 4096), 0);
	char *f = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	T_ASSERT(f != MAP_FAILED);
	f[100] = 'q';
	T_EQ_INT(msync(f, 4096, MS_SYNC), 0);
	T_EQ_INT(msync(f, 4096, MS_ASYNC), 0);
	errno = 0;
	T_EQ_INT(msync(f + 1, 4096, MS_SYNC), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(msync(f, 4096, MS_SYNC | MS_ASYNC), -1);
	T_EQ_INT(errno, EINVAL);
	char c = 0;
	T_EQ_INT(pread(fd, &c, 1, 100), 1);
	T_EQ_INT(c, 'q');
	T_EQ_INT(munmap(f, 4096), 0);
	close(fd);

	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(p != MAP_FAILED);
	p[0] = 1;
	p[4096] = 2;
	unsigned char vec[2] = {0, 0};
	T_EQ_INT(mincore(p, 8192, vec), 0);
	T_EQ_INT(vec[0] & 1, 1);
	T_EQ_INT(madvise(p, 4096, MADV_DONTNEED), 0);
	T_EQ_INT(p[0], 0);
	T_EQ_INT(p[4096], 2);
	T_EQ_INT(madvise(p, 8192, MADV_WILLNEED), 0);
	errno = 0;
	T_EQ_INT(madvise(p, 4096, 12345), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(posix_madvise(p, 8192, POSIX_MADV_SEQUENTIAL), 0);
	T_EQ_INT(posix_madvise(p, 8192, 12345), EINVAL);
	T_EQ_INT(mlock(p, 4096), 0);
	T_EQ_INT(munlock(p, 4096), 0);
	T_EQ_INT(munmap(p, 8192), 0);
	errno = 0;
	T_EQ_INT(mincore(p, 4096, vec), -1);
	T_EQ_INT(errno, ENOMEM);
	T_EQ_INT(munlockall(), 0);
	errno = 0;
	T_EQ_INT(mlockall(0x100), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
