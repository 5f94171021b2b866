// utime, utimes, futimes, lutimes, futimesat: times set as asked (or to now), a
// symbolic link's own times, EINVAL for bad microseconds, ENOENT for missing paths.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <utime.h>
#include <t.h>

static long long mtime_of(const char *p, int follow)
{
	struct stat st;
	if ((follow ? stat(p, &st) : lstat(p, &st)) != 0)
		return -1;
	return (long long)st.st_mtim.tv_sec * 1000000 + st.st_mtim.tv_nsec / 1000;
}

static long long atime_of(const char *p)
{
	struct stat st;
	if (stat(p, &st) != 0)
		return -1;
	return (long long)st.st_atim.tv_sec * 1000000 + st.st_atim.tv_nsec / 1000;
}

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT, 0600);
	T_ASSERT(fd >= 0);
	struct utimbuf ub = { 1000000000, 1200000000 };
	T_EQ_INT(utime("f", &ub), 0);
	T_EQ_INT(atime_of("f"), 1000000000LL * 1000000);
	T_EQ_INT(mtime_of("f", 1), 1200000000LL * 1000000);

	struct timeval tv[2] = { { 100, 250000 }, { 200, 500000 } };
	T_EQ_INT(utimes("f", tv), 0);
	T_EQ_INT(atime_of("f"), 100250000);
	T_EQ_INT(mtime_of("f", 1), 200500000);

	tv[1].tv_sec = 300;
	T_EQ_INT(futimes(fd, tv), 0);
	T_EQ_INT(mtime_of("f", 1), 300500000);
	tv[1].tv_sec = 400;
	T_EQ_INT(futimesat(AT_FDCWD, "f", tv), 0);
	T_EQ_INT(mtime_of("f", 1), 400500000);

	/* lutimes changes the link, not its target. */
	T_EQ_INT(symlink("f", "l"), 0);
	tv[1].tv_sec = 500;
	T_EQ_INT(lutimes("l", tv), 0);
	T_EQ_INT(mtime_of("l", 0), 500500000);
	T_EQ_INT(mtime_of("f", 1), 400500000);

	/* Null means now. */
	long long now = (long long)time(0) * 1000000;
	T_EQ_INT(utime("f", 0), 0);
	T_ASSERT(mtime_of("f", 1) >= now - 2000000);
	T_EQ_INT(utimes("f", 0), 0);
	T_ASSERT(mtime_of("f", 1) >= now - 2000000);

	tv[0].tv_usec = 1000000;
	errno = 0;
	T_EQ_INT(utimes("f", tv), -1);
	T_EQ_INT(errno, EINVAL);
	tv[0].tv_usec = -1;
	errno = 0;
	T_EQ_INT(futimes(fd, tv), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(utime("missing", &ub), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(futimes(-1, 0), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
