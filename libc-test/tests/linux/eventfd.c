// eventfd: counter semantics, EFD_SEMAPHORE, EFD_NONBLOCK, eventfd_read/eventfd_write.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <t.h>

int main(void)
{
	int fd = eventfd(5, EFD_NONBLOCK | EFD_CLOEXEC);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	eventfd_t v = 0;
	/* A read takes the whole counter. */
	T_EQ_INT(eventfd_read(fd, &v), 0);
	T_EQ_INT(v, 5);
	errno = 0;
	T_EQ_INT(eventfd_read(fd, &v), -1);
	T_EQ_INT(errno, EAGAIN);
	T_EQ_INT(eventfd_write(fd, 3), 0);
	T_EQ_INT(eventfd_write(fd, 4), 0);
	T_EQ_INT(eventfd_read(fd, &v), 0);
	T_EQ_INT(v, 7);
	/* The largest value is UINT64_MAX - 1; UINT64_MAX itself is refused. */
	errno = 0;
	T_EQ_INT(eventfd_write(fd, UINT64_MAX), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(eventfd_write(fd, UINT64_MAX - 1), 0);
	errno = 0;
	T_EQ_INT(eventfd_write(fd, 1), -1);
	T_EQ_INT(errno, EAGAIN);
	T_EQ_INT(close(fd), 0);

	/* Semaphore mode: each read takes one. */
	int s = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
	T_ASSERT(s >= 0);
	T_EQ_INT(eventfd_read(s, &v), 0);
	T_EQ_INT(v, 1);
	T_EQ_INT(eventfd_read(s, &v), 0);
	T_EQ_INT(v, 1);
	errno = 0;
	T_EQ_INT(eventfd_read(s, &v), -1);
	T_EQ_INT(errno, EAGAIN);
	/* A short read buffer is refused by the kernel. */
	T_EQ_INT(eventfd_write(s, 1), 0);
	char small[4];
	errno = 0;
	T_EQ_INT(read(s, small, sizeof small), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(s), 0);

	errno = 0;
	T_EQ_INT(eventfd(0, 0x40), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(eventfd_read(-1, &v), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
