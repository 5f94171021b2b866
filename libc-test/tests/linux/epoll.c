// epoll: level- and edge-triggered readiness on a pipe, EPOLLOUT, data round trip
// through the packed struct epoll_event, MOD/DEL and errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(sizeof(struct epoll_event), 12);
	int ep = epoll_create1(EPOLL_CLOEXEC);
	T_ASSERT(ep >= 0);
	T_EQ_INT(fcntl(ep, F_GETFD), FD_CLOEXEC);
	int p[2];
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);

	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334455667788ULL };
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), 0);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev), 0);

	struct epoll_event out[4];
	/* Only the write end is ready. */
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 1);
	T_EQ_INT(out[0].events, EPOLLOUT);
	T_EQ_INT(out[0].data.fd, p[1]);
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL), 0);
	T_EQ_INT(epoll_wait(ep, out, 4, 10), 0);

	/* Level-triggered: reported again while data remains. */
	T_EQ_INT(write(p[1], "abc", 3), 3);
	T_EQ_INT(epoll_wait(ep, out, 4, -1), 1);
	T_EQ_INT(out[0].events, EPOLLIN);
	T_ASSERT(out[0].data.u64 == 0x1122334455667788ULL);
	T_EQ_INT(epoll_pwait(ep, out, 4, 0, NULL), 1);

	/* Edge-triggered: once per new arrival. */
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u32 = 7;
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 1);
	T_EQ_INT(out[0].data.u32, 7);
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 0);
	T_EQ_INT(write(p[1], "d", 1), 1);
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 1);
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 0);
	char buf[8];
	T_EQ_INT(read(p[0], buf, sizeof buf), 4);

	/* Hang-up when the writer goes away. */
	T_EQ_INT(close(p[1]), 0);
	T_EQ_INT(epoll_wait(ep, out, 4, 0), 1);
	T_ASSERT(out[0].events & EPOLLHUP);

	/* Errors. */
	errno = 0;
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), -1);
	T_EQ_INT(errno, EEXIST);
	errno = 0;
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_DEL, 1000, NULL), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(epoll_wait(ep, out, 0, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(epoll_wait(p[0], out, 4, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(epoll_create1(1), -1);
	T_EQ_INT(errno, EINVAL);
	int e2 = epoll_create(1);
	T_ASSERT(e2 >= 0);
	T_EQ_INT(fcntl(e2, F_GETFD), 0);
	T_EQ_INT(close(e2), 0);
	T_EQ_INT(close(ep), 0);
	T_EQ_INT(close(p[0]), 0);
	return t_status();
}
