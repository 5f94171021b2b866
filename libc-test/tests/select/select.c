// select and pselect with fd_set and timeouts; FD_* macros; errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/time.h>
#include <t.h>

int main(void)
{
	fd_set s;
	FD_ZERO(&s);
	T_EQ_INT(sizeof(fd_set), FD_SETSIZE / 8);
	T_EQ_INT(NFDBITS, 8 * sizeof(long));
	FD_SET(0, &s);
	FD_SET(65, &s);
	FD_SET(FD_SETSIZE - 1, &s);
	T_ASSERT(FD_ISSET(0, &s));
	T_ASSERT(FD_ISSET(65, &s));
	T_ASSERT(!FD_ISSET(64, &s));
	T_ASSERT(FD_ISSET(FD_SETSIZE - 1, &s));
	T_EQ_INT(FD_ISSET(65, &s), 1);
	FD_CLR(65, &s);
	T_ASSERT(!FD_ISSET(65, &s));
	T_EQ_INT(s.fds_bits[1], 0);

	int p[2];
	T_EQ_INT(pipe(p), 0);
	fd_set r, w;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	struct timeval tv = { 0, 20000 };
	/* Timeout with nothing ready: the set comes back empty. */
	T_EQ_INT(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
	T_ASSERT(!FD_ISSET(p[0], &r));

	T_EQ_INT(write(p[1], "ab", 2), 2);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	int n = p[0] > p[1] ? p[0] : p[1];
	tv.tv_sec = 1;
	tv.tv_usec = 0;
	T_EQ_INT(select(n + 1, &r, &w, NULL, &tv), 2);
	T_ASSERT(FD_ISSET(p[0], &r));
	T_ASSERT(FD_ISSET(p[1], &w));
	/* A null timeout waits, here not at all since data is there. */
	T_EQ_INT(select(n + 1, &r, NULL, NULL, NULL), 1);
	/* Microseconds above a second are accepted. */
	tv.tv_sec = 0;
	tv.tv_usec = 1500000;
	T_EQ_INT(select(n + 1, &r, NULL, NULL, &tv), 1);

	/* pselect: timespec timeout and a mask, the timeout left as it was. */
	struct timespec ts = { 0, 5000000 };
	sigset_t mask;
	sigemptyset(&mask);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	T_EQ_INT(pselect(n + 1, &r, NULL, NULL, &ts, &mask), 1);
	T_EQ_INT(ts.tv_nsec, 5000000);
	char buf[2];
	T_EQ_INT(read(p[0], buf, 2), 2);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	T_EQ_INT(pselect(n + 1, &r, NULL, NULL, &ts, NULL), 0);

	/* Bad input. */
	errno = 0;
	T_EQ_INT(select(-1, NULL, NULL, NULL, &tv), -1);
	T_EQ_INT(errno, EINVAL);
	tv.tv_sec = -1;
	errno = 0;
	T_EQ_INT(select(1, NULL, NULL, NULL, &tv), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(p[1]), 0);
	FD_ZERO(&r);
	FD_SET(p[1], &r);
	tv.tv_sec = 0;
	errno = 0;
	T_EQ_INT(select(p[1] + 1, &r, NULL, NULL, &tv), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
