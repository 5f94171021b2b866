// socketpair: a round trip, SOCK_CLOEXEC / SOCK_NONBLOCK flags, shutdown and EOF.
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	int sv[2];
	char buf[16];
	T_EQ_INT(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
	T_ASSERT(fcntl(sv[0], F_GETFD) & FD_CLOEXEC);
	T_ASSERT(fcntl(sv[1], F_GETFD) & FD_CLOEXEC);
	T_ASSERT(!(fcntl(sv[0], F_GETFL) & O_NONBLOCK));
	T_EQ_INT(write(sv[0], "ping", 4), 4);
	T_EQ_INT(read(sv[1], buf, sizeof buf), 4);
	T_EQ_MEM(buf, "ping", 4);
	T_EQ_INT(send(sv[1], "pong!", 5, 0), 5);
	T_EQ_INT(recv(sv[0], buf, 2, MSG_PEEK), 2);
	T_EQ_INT(recv(sv[0], buf, sizeof buf, 0), 5);
	T_EQ_MEM(buf, "pong!", 5);
	T_EQ_INT(shutdown(sv[1], SHUT_WR), 0);
	T_EQ_INT(recv(sv[0], buf, sizeof buf, 0), 0);
	T_EQ_INT(close(sv[0]), 0);
	T_EQ_INT(close(sv[1]), 0);

	T_EQ_INT(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, sv), 0);
	T_ASSERT(fcntl(sv[0], F_GETFL) & O_NONBLOCK);
	T_ASSERT(!(fcntl(sv[0], F_GETFD) & FD_CLOEXEC));
	errno = 0;
	T_EQ_INT(recv(sv[0], buf, sizeof buf, 0), -1);
	T_EQ_INT(errno, EAGAIN);
	T_EQ_INT(send(sv[1], "a", 1, 0), 1);
	T_EQ_INT(send(sv[1], "bc", 2, 0), 2);
	T_EQ_INT(recv(sv[0], buf, sizeof buf, 0), 1);
	T_EQ_INT(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT), 2);
	close(sv[0]);
	close(sv[1]);

	errno = 0;
	T_EQ_INT(socketpair(AF_INET, SOCK_STREAM, 0, sv), -1);
	T_EQ_INT(errno, EOPNOTSUPP);
	return t_status();
}
