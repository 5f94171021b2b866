// flock: an exclusive lock conflicts between two opens of one file, shared locks do
// not, unlocking releases, dup'd descriptors share the lock; errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <t.h>

int main(void)
{
	int a = open("f", O_RDWR | O_CREAT, 0600);
	int b = open("f", O_RDWR);
	T_ASSERT(a >= 0 && b >= 0);
	T_EQ_INT(flock(a, LOCK_EX), 0);
	errno = 0;
	T_EQ_INT(flock(b, LOCK_EX | LOCK_NB), -1);
	T_EQ_INT(errno, EWOULDBLOCK);
	errno = 0;
	T_EQ_INT(flock(b, LOCK_SH | LOCK_NB), -1);
	T_EQ_INT(errno, EWOULDBLOCK);
	/* A duplicate shares the open file description, hence the lock. */
	int c = dup(a);
	T_EQ_INT(flock(c, LOCK_EX | LOCK_NB), 0);
	T_EQ_INT(flock(a, LOCK_UN), 0);
	T_EQ_INT(flock(b, LOCK_EX | LOCK_NB), 0);
	T_EQ_INT(flock(b, LOCK_SH), 0);
	T_EQ_INT(flock(a, LOCK_SH | LOCK_NB), 0);
	errno = 0;
	T_EQ_INT(flock(a, LOCK_EX | LOCK_NB), -1);
	T_EQ_INT(errno, EWOULDBLOCK);
	/* Closing every descriptor of b's description drops its lock. */
	T_EQ_INT(close(b), 0);
	T_EQ_INT(flock(a, LOCK_EX | LOCK_NB), 0);

	errno = 0;
	T_EQ_INT(flock(a, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(flock(-1, LOCK_SH), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(a), 0);
	T_EQ_INT(close(c), 0);
	return t_status();
}
