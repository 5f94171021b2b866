// sendmsg/recvmsg over AF_UNIX: gather/scatter iovecs and a descriptor passed with
// SCM_RIGHTS (CMSG_* macros), MSG_CMSG_CLOEXEC on the received descriptor.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	int sv[2], p[2];
	T_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	T_EQ_INT(pipe(p), 0);

	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } ctl;
	struct iovec iov[2] = { { (char *)"head-", 5 }, { (char *)"tail", 4 } };
	struct msghdr m;
	memset(&m, 0, sizeof m);
	memset(&ctl, 0, sizeof ctl);
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = ctl.b;
	m.msg_controllen = sizeof ctl.b;
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	T_ASSERT(c == &ctl.h);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[1], sizeof(int));
	T_ASSERT(CMSG_NXTHDR(&m, c) == 0);
	T_EQ_INT(CMSG_LEN(4), 20);
	T_EQ_INT(CMSG_SPACE(4), 24);
	T_EQ_INT(sendmsg(sv[0], &m, 0), 9);

	char a[3], b[16];
	struct iovec riov[2] = { { a, 3 }, { b, sizeof b } };
	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } rctl;
	struct msghdr r;
	memset(&r, 0, sizeof r);
	memset(&rctl, 0, sizeof rctl);
	r.msg_iov = riov;
	r.msg_iovlen = 2;
	r.msg_control = rctl.b;
	r.msg_controllen = sizeof rctl.b;
	T_EQ_INT(recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC), 9);
	T_EQ_MEM(a, "hea", 3);
	T_EQ_MEM(b, "d-tail", 6);
	T_EQ_INT(r.msg_flags & MSG_CTRUNC, 0);
	T_EQ_INT(r.msg_controllen, CMSG_SPACE(sizeof(int)));
	c = CMSG_FIRSTHDR(&r);
	T_ASSERT(c != 0);
	if (c) {
		int fd;
		T_EQ_INT(c->cmsg_level, SOL_SOCKET);
		T_EQ_INT(c->cmsg_type, SCM_RIGHTS);
		T_EQ_INT(c->cmsg_len, CMSG_LEN(sizeof(int)));
		memcpy(&fd, CMSG_DATA(c), sizeof fd);
		T_ASSERT(fd != p[1] && fd > 2);
		T_ASSERT(fcntl(fd, F_GETFD) & FD_CLOEXEC);
		T_EQ_INT(write(fd, "via", 3), 3);
		T_EQ_INT(read(p[0], b, sizeof b), 3);
		T_EQ_MEM(b, "via", 3);
		close(fd);
	}

	/* No control data at all, and a null name. */
	T_EQ_INT(sendmsg(sv[0], &(struct msghdr){ .msg_iov = iov, .msg_iovlen = 1 }, 0), 5);
	memset(&r, 0, sizeof r);
	r.msg_iov = riov + 1;
	r.msg_iovlen = 1;
	T_EQ_INT(recvmsg(sv[1], &r, 0), 5);
	T_EQ_INT(r.msg_controllen, 0);

	errno = 0;
	T_EQ_INT(sendmsg(p[0], &m, 0), -1);
	T_EQ_INT(errno, ENOTSOCK);
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
	return t_status();
}
