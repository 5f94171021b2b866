// mmap: anonymous and file-backed mappings, MAP_SHARED seen across fork, bad offset and
// length, munmap, mmap64.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(p != MAP_FAILED);
	T_EQ_INT(((uintptr_t)p) & 4095, 0);
	T_EQ_INT(p[0] | p[8191], 0);
	p[0] = 'a';
	p[8191] = 'z';
	T_EQ_INT(munmap(p, 8192), 0);

	/* A file mapping shows the file's bytes; a shared write reaches the file. */
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "hello, map", 10), 10);
	char *f = mmap(0, 10, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	T_ASSERT(f != MAP_FAILED);
	T_EQ_MEM(f, "hello, map", 10);
	f[0] = 'J';
	char buf[10];
	T_EQ_INT(pread(fd, buf, 10, 0), 10);
	T_EQ_INT(buf[0], 'J');
	T_EQ_INT(munmap(f, 10), 0);

	/* MAP_SHARED anonymous memory is shared with a forked child. */
	volatile int *s = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(s != MAP_FAILED);
	pid_t pid = fork();
	if (pid == 0) {
		s[0] = 1234;
		_exit(0);
	}
	int st = -1;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(st, 0);
	T_EQ_INT(s[0], 1234);
	T_EQ_INT(munmap((void *)s, 4096), 0);

	/* Errors: unaligned offset, huge length, bad descriptor, unaligned munmap. */
	errno = 0;
	T_ASSERT(mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 1) == MAP_FAILED);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_ASSERT(mmap(0, SIZE_MAX - 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	T_EQ_INT(errno, ENOMEM);
	errno = 0;
	T_ASSERT(mmap(0, 4096, PROT_READ, MAP_SHARED, 999, 0) == MAP_FAILED);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(munmap((char *)p + 1, 4096), -1);
	T_EQ_INT(errno, EINVAL);

	void *q = mmap64(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(q != MAP_FAILED);
	T_EQ_INT(munmap(q, 4096), 0);
	close(fd);
	return t_status();
}
