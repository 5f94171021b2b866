// rcc-test: cflags=-pthread
// rcc-test: timeout=30
// Cancellation points on descriptors: a thread blocked in read, readv, write, writev
// (full pipe), recv, recvfrom, recvmsg, send, sendto, sendmsg (full socket), accept,
// accept4, poll, ppoll, select, pselect, epoll_wait, epoll_pwait, open/openat (FIFO with
// no writer) and fcntl(F_SETLKW) (lock held by a child) is cancelled and runs its cleanup
// handler; connect, close, creat, pread, pwrite, fsync, fdatasync, msync and tcdrain act
// on a cancellation already pending when they are called.
#define _GNU_SOURCE
#include "cancel_points.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static int pfd[2], wfd[2], sp[2], full[2], lsock, ep, file;
static char buf[64];
static struct iovec iov = {buf, sizeof buf};

static void fill(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, fl | O_NONBLOCK);
	static char junk[4096];
	while (write(fd, junk, sizeof junk) > 0)
		;
	T_EQ_INT(errno, EAGAIN);
	fcntl(fd, F_SETFL, fl);
}

static void c_read(void) { read(pfd[0], buf, 1); }
static void c_readv(void) { readv(pfd[0], &iov, 1); }
static void c_write(void) { write(wfd[1], buf, sizeof buf); }
static void c_writev(void) { writev(wfd[1], &iov, 1); }
static void c_recv(void) { recv(sp[0], buf, 1, 0); }
static void c_recvfrom(void) { recvfrom(sp[0], buf, 1, 0, 0, 0); }
static void c_recvmsg(void)
{
	struct msghdr m = {0};
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	recvmsg(sp[0], &m, 0);
}
static void c_send(void) { send(full[0], buf, sizeof buf, 0); }
static void c_sendto(void) { sendto(full[0], buf, sizeof buf, 0, 0, 0); }
static void c_sendmsg(void)
{
	struct msghdr m = {0};
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	sendmsg(full[0], &m, 0);
}
static void c_accept(void) { accept(lsock, 0, 0); }
static void c_accept4(void) { accept4(lsock, 0, 0, SOCK_CLOEXEC); }
static void c_poll(void)
{
	struct pollfd p = {pfd[0], POLLIN, 0};
	poll(&p, 1, -1);
}
static void c_ppoll(void)
{
	struct pollfd p = {pfd[0], POLLIN, 0};
	ppoll(&p, 1, 0, 0);
}
static void c_select(void)
{
	fd_set r;
	FD_ZERO(&r);
	FD_SET(pfd[0], &r);
	select(pfd[0] + 1, &r, 0, 0, 0);
}
static void c_pselect(void)
{
	fd_set r;
	FD_ZERO(&r);
	FD_SET(pfd[0], &r);
	pselect(pfd[0] + 1, &r, 0, 0, 0, 0);
}
static void c_epoll_wait(void)
{
	struct epoll_event e;
	epoll_wait(ep, &e, 1, -1);
}
static void c_epoll_pwait(void)
{
	struct epoll_event e;
	sigset_t s;
	sigemptyset(&s);
	epoll_pwait(ep, &e, 1, -1, &s);
}
static void c_open(void) { open("fifo", O_RDONLY); }
static void c_openat(void) { openat(AT_FDCWD, "fifo", O_RDONLY); }
static void c_setlkw(void)
{
	struct flock l = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
	fcntl(file, F_SETLKW, &l);
}

static pid_t holder;
static void lock_in_child(void)
{
	int ready[2];
	T_EQ_INT(pipe(ready), 0);
	holder = fork();
	if (holder == 0) {
		struct flock l = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
		if (fcntl(file, F_SETLK, &l) == 0)
			write(ready[1], "x", 1);
		for (;;)
			pause();
	}
	char c = 0;
	T_EQ_INT(read(ready[0], &c, 1), 1);
	close(ready[0]);
	close(ready[1]);
}
static void kill_holder(void)
{
	kill(holder, SIGKILL);
	waitpid(holder, 0, 0);
}

static void c_connect(void)
{
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX, .sun_path = "sock"};
	connect(s, (struct sockaddr *)&a, sizeof a);
}
static void c_close(void) { close(file); }
static void c_creat(void) { creat("created", 0600); }
static void c_pread(void) { pread(file, buf, 1, 0); }
static void c_pwrite(void) { pwrite(file, buf, 1, 0); }
static void c_fsync(void) { fsync(file); }
static void c_fdatasync(void) { fdatasync(file); }
static void *map;
static void c_msync(void) { msync(map, 4096, MS_SYNC); }
static void c_tcdrain(void) { tcdrain(pfd[1]); }

static const struct cp_case cases[] = {
	{"read", c_read},
	{"readv", c_readv},
	{"write", c_write},
	{"writev", c_writev},
	{"recv", c_recv},
	{"recvfrom", c_recvfrom},
	{"recvmsg", c_recvmsg},
	{"send", c_send},
	{"sendto", c_sendto},
	{"sendmsg", c_sendmsg},
	{"accept", c_accept},
	{"accept4", c_accept4},
	{"poll", c_poll},
	{"ppoll", c_ppoll},
	{"select", c_select},
	{"pselect", c_pselect},
	{"epoll_wait", c_epoll_wait},
	{"epoll_pwait", c_epoll_pwait},
	{"open", c_open},
	{"openat", c_openat},
	{"fcntl(F_SETLKW)", c_setlkw, 0, lock_in_child, kill_holder},
	{"connect", c_connect, 1},
	{"close", c_close, 1},
	{"creat", c_creat, 1},
	{"pread", c_pread, 1},
	{"pwrite", c_pwrite, 1},
	{"fsync", c_fsync, 1},
	{"fdatasync", c_fdatasync, 1},
	{"msync", c_msync, 1},
	{"tcdrain", c_tcdrain, 1},
};

int main(void)
{
	T_EQ_INT(pipe(pfd), 0);
	T_EQ_INT(pipe(wfd), 0);
	fill(wfd[1]);
	T_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sp), 0);
	T_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, full), 0);
	fill(full[0]);
	lsock = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = {.sun_family = AF_UNIX, .sun_path = "sock"};
	T_EQ_INT(bind(lsock, (struct sockaddr *)&a, sizeof a), 0);
	T_EQ_INT(listen(lsock, 8), 0);
	ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event e = {.events = EPOLLIN};
	T_EQ_INT(epoll_ctl(ep, EPOLL_CTL_ADD, pfd[0], &e), 0);
	T_EQ_INT(mkfifo("fifo", 0600), 0);
	file = open("file", O_RDWR | O_CREAT, 0600);
	T_ASSERT(file >= 0);
	T_EQ_INT(ftruncate(file, 4096), 0);
	map = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, file, 0);
	T_ASSERT(map != MAP_FAILED);
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++)
		cp_run(&cases[i]);
	/* The cancelled close acted before the syscall: the descriptor is still open. */
	T_EQ_INT(fcntl(file, F_GETFD) >= 0, 1);
	/* Nothing was read or written by the cancelled calls. */
	T_EQ_INT(fcntl(pfd[0], F_SETFL, O_NONBLOCK), 0);
	T_EQ_INT(read(pfd[0], buf, 1), -1);
	T_EQ_INT(errno, EAGAIN);
	return t_status();
}
