// close_range (Linux 5.9, glibc's API): closing a range skips unopened descriptors,
// CLOSE_RANGE_CLOEXEC only sets FD_CLOEXEC, CLOSE_RANGE_UNSHARE, errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <t.h>

int main(void)
{
	int a = open("/dev/null", O_RDONLY);
	int b = open("/dev/null", O_RDONLY);
	int c = open("/dev/null", O_RDONLY);
	T_ASSERT(a >= 3 && b == a + 1 && c == b + 1);

	T_EQ_INT(close_range(b, c, CLOSE_RANGE_CLOEXEC), 0);
	T_EQ_INT(fcntl(a, F_GETFD), 0);
	T_EQ_INT(fcntl(b, F_GETFD), FD_CLOEXEC);
	T_EQ_INT(fcntl(c, F_GETFD), FD_CLOEXEC);

	/* A hole in the range and descriptors past the end are fine. */
	T_EQ_INT(close(b), 0);
	T_EQ_INT(close_range(a, ~0U, 0), 0);
	errno = 0;
	T_EQ_INT(fcntl(a, F_GETFD), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(fcntl(c, F_GETFD), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(open("/dev/null", O_RDONLY), a);

	T_EQ_INT(close_range(a, a, CLOSE_RANGE_UNSHARE), 0);
	errno = 0;
	T_EQ_INT(fcntl(a, F_GETFD), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(fcntl(0, F_GETFD), 0);

	errno = 0;
	T_EQ_INT(close_range(10, 9, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(close_range(100, 200, 0x100), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
