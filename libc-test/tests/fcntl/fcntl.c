// fcntl commands: descriptor flags, status flags, F_DUPFD*, owners, locks, pipe size.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <t.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), 0);
	T_EQ_INT(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_EQ_INT(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
	T_EQ_INT(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK), 0);
	T_ASSERT(fcntl(fd, F_GETFL) & O_APPEND);
	T_ASSERT(fcntl(fd, F_GETFL) & O_NONBLOCK);

	int d = fcntl(fd, F_DUPFD, 20);
	T_ASSERT(d >= 20);
	T_EQ_INT(fcntl(d, F_GETFD), 0);
	int c = fcntl(fd, F_DUPFD_CLOEXEC, 30);
	T_ASSERT(c >= 30);
	T_EQ_INT(fcntl(c, F_GETFD), FD_CLOEXEC);
	errno = 0;
	T_EQ_INT(fcntl(fd, F_DUPFD, -1), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(fcntl(-1, F_GETFD), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(fcntl(fd, 99999), -1);
	T_EQ_INT(errno, EINVAL);

	T_EQ_INT(fcntl(fd, F_GETOWN), 0);
	T_EQ_INT(fcntl(fd, F_SETOWN, getpid()), 0);
	T_EQ_INT(fcntl(fd, F_GETOWN), getpid());
	struct f_owner_ex ex;
	T_EQ_INT(fcntl(fd, F_GETOWN_EX, &ex), 0);
	T_EQ_INT(ex.type, F_OWNER_PID);
	T_EQ_INT(ex.pid, getpid());
	ex.type = F_OWNER_PGRP;
	ex.pid = getpgrp();
	T_EQ_INT(fcntl(fd, F_SETOWN_EX, &ex), 0);
	T_EQ_INT(fcntl(fd, F_GETOWN), -getpgrp());

	/* Locks: our own lock never conflicts with us. */
	struct flock fl = { F_WRLCK, SEEK_SET, 0, 10, 0 };
	T_EQ_INT(fcntl(fd, F_SETLK, &fl), 0);
	fl.l_type = F_RDLCK;
	T_EQ_INT(fcntl(fd, F_GETLK, &fl), 0);
	T_EQ_INT(fl.l_type, F_UNLCK);
	fl.l_type = F_UNLCK;
	T_EQ_INT(fcntl(fd, F_SETLKW, &fl), 0);
	/* Open-file-description locks conflict between two opens of the same file. */
	int g = open("f", O_RDWR);
	struct flock o = { F_WRLCK, SEEK_SET, 0, 0, 0 };
	T_EQ_INT(fcntl(fd, F_OFD_SETLK, &o), 0);
	struct flock q = { F_WRLCK, SEEK_SET, 0, 0, 0 };
	errno = 0;
	T_EQ_INT(fcntl(g, F_OFD_SETLK, &q), -1);
	T_ASSERT(errno == EAGAIN || errno == EACCES);
	q.l_type = F_RDLCK;
	T_EQ_INT(fcntl(g, F_OFD_GETLK, &q), 0);
	T_EQ_INT(q.l_type, F_WRLCK);
	T_EQ_INT(q.l_pid, -1);
	errno = 0;
	struct flock badl = { 42, SEEK_SET, 0, 0, 0 };
	T_EQ_INT(fcntl(fd, F_SETLK, &badl), -1);
	T_EQ_INT(errno, EINVAL);

	int p[2];
	T_EQ_INT(pipe(p), 0);
	T_ASSERT(fcntl(p[0], F_GETPIPE_SZ) >= 4096);
	T_ASSERT(fcntl(p[0], F_SETPIPE_SZ, 65536) >= 65536);
	return t_status();
}
