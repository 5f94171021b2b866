// dup, dup2, dup3, pipe, pipe2, pread/pwrite, readv/writev, preadv/pwritev.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <t.h>

int main(void)
{
	int p[2];
	char buf[16];
	T_EQ_INT(pipe(p), 0);
	T_EQ_INT(write(p[1], "abc", 3), 3);
	T_EQ_INT(read(p[0], buf, sizeof buf), 3);
	T_EQ_MEM(buf, "abc", 3);
	T_EQ_INT(fcntl(p[0], F_GETFD), 0);

	int d = dup(p[1]);
	T_ASSERT(d > p[1]);
	T_EQ_INT(write(d, "x", 1), 1);
	T_EQ_INT(read(p[0], buf, 1), 1);
	T_EQ_INT(dup2(p[1], 40), 40);
	T_EQ_INT(dup2(40, 40), 40);
	T_EQ_INT(write(40, "y", 1), 1);
	T_EQ_INT(read(p[0], buf, 1), 1);
	T_EQ_INT(buf[0], 'y');
	T_EQ_INT(dup3(p[1], 41, O_CLOEXEC), 41);
	T_EQ_INT(fcntl(41, F_GETFD), FD_CLOEXEC);
	errno = 0;
	T_EQ_INT(dup3(41, 41, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(dup(-1), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(dup2(999, 3), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(40), 0);
	T_EQ_INT(close(41), 0);
	T_EQ_INT(close(d), 0);

	int q[2];
	T_EQ_INT(pipe2(q, O_CLOEXEC | O_NONBLOCK), 0);
	T_EQ_INT(fcntl(q[0], F_GETFD), FD_CLOEXEC);
	T_ASSERT(fcntl(q[0], F_GETFL) & O_NONBLOCK);
	errno = 0;
	T_EQ_INT(read(q[0], buf, 1), -1);
	T_EQ_INT(errno, EAGAIN);
	errno = 0;
	T_EQ_INT(pipe2(q, 0x40000000), -1);
	T_EQ_INT(errno, EINVAL);

	/* Positioned I/O leaves the file offset alone; pipes refuse it. */
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(pwrite(fd, "0123456789", 10, 0), 10);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 0);
	T_EQ_INT(pread(fd, buf, 4, 3), 4);
	T_EQ_MEM(buf, "3456", 4);
	errno = 0;
	T_EQ_INT(pread(p[0], buf, 1, 0), -1);
	T_EQ_INT(errno, ESPIPE);
	errno = 0;
	T_EQ_INT(pwrite(fd, "x", 1, -1), -1);
	T_EQ_INT(errno, EINVAL);

	char a[3], b[4];
	struct iovec iov[2] = { { a, 3 }, { b, 4 } };
	T_EQ_INT(readv(fd, iov, 2), 7);
	T_EQ_MEM(a, "012", 3);
	T_EQ_MEM(b, "3456", 4);
	T_EQ_INT(preadv(fd, iov, 2, 5), 5);
	T_EQ_MEM(a, "567", 3);
	T_EQ_MEM(b, "89", 2);
	struct iovec w[2] = { { "AB", 2 }, { "CD", 2 } };
	T_EQ_INT(pwritev(fd, w, 2, 8), 4);
	T_EQ_INT(lseek(fd, 0, SEEK_END), 12);
	T_EQ_INT(lseek(fd, 0, SEEK_SET), 0);
	T_EQ_INT(writev(fd, w, 2), 4);
	T_EQ_INT(pread(fd, buf, 12, 0), 12);
	T_EQ_MEM(buf, "ABCD4567ABCD", 12);
	errno = 0;
	T_EQ_INT(readv(fd, iov, -1), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(fd), 0);
	T_EQ_INT(close(p[0]), 0);
	T_EQ_INT(close(p[1]), 0);
	return t_status();
}
