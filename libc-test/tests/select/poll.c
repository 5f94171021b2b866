// poll and ppoll on a pipe: timeouts, POLLIN after a write, POLLHUP after the writer
// closes, POLLNVAL for a closed descriptor, errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <t.h>

int main(void)
{
	int p[2];
	T_EQ_INT(pipe(p), 0);
	struct pollfd fds[2] = { { p[0], POLLIN, -1 }, { p[1], POLLOUT, -1 } };

	/* Nothing to read yet; the write end is writable. */
	T_EQ_INT(poll(fds, 1, 0), 0);
	T_EQ_INT(fds[0].revents, 0);
	T_EQ_INT(poll(fds, 2, 0), 1);
	T_EQ_INT(fds[0].revents, 0);
	T_EQ_INT(fds[1].revents, POLLOUT);

	/* A short wait that times out. */
	T_EQ_INT(poll(fds, 1, 20), 0);

	T_EQ_INT(write(p[1], "x", 1), 1);
	T_EQ_INT(poll(fds, 1, -1), 1);
	T_EQ_INT(fds[0].revents, POLLIN);

	/* ppoll with a timeout and a signal mask; the timeout is not written back. */
	struct timespec ts = { 0, 1000000 };
	sigset_t mask;
	sigemptyset(&mask);
	T_EQ_INT(ppoll(fds, 1, &ts, &mask), 1);
	T_EQ_INT(fds[0].revents, POLLIN);
	T_EQ_INT(ts.tv_sec, 0);
	T_EQ_INT(ts.tv_nsec, 1000000);
	T_EQ_INT(ppoll(fds, 1, NULL, NULL), 1);

	/* Writer gone: POLLHUP (with POLLIN while data remains). */
	T_EQ_INT(close(p[1]), 0);
	T_EQ_INT(poll(fds, 1, 0), 1);
	T_EQ_INT(fds[0].revents, POLLIN | POLLHUP);
	char c;
	T_EQ_INT(read(p[0], &c, 1), 1);
	T_EQ_INT(poll(fds, 1, 0), 1);
	T_EQ_INT(fds[0].revents, POLLHUP);

	/* A closed descriptor is POLLNVAL; a negative one is ignored. */
	T_EQ_INT(close(p[0]), 0);
	fds[0].fd = p[0];
	fds[1].fd = -1;
	T_EQ_INT(poll(fds, 2, 0), 1);
	T_EQ_INT(fds[0].revents, POLLNVAL);
	T_EQ_INT(fds[1].revents, 0);

	/* Bad input. */
	errno = 0;
	T_EQ_INT(poll((struct pollfd *)1, 1, 0), -1);
	T_EQ_INT(errno, EFAULT);
	struct timespec bad = { 0, 1000000000 };
	errno = 0;
	T_EQ_INT(ppoll(fds, 1, &bad, NULL), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
