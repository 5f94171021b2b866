// TCP over 127.0.0.1: bind to port 0, getsockname, listen, connect, accept4, data,
// shutdown; ECONNREFUSED on a closed port.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "t.h"

static int bound_listener(struct sockaddr_in *sa)
{
	socklen_t len = sizeof *sa;
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	memset(sa, 0, sizeof *sa);
	sa->sin_family = AF_INET;
	sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	T_EQ_INT(bind(s, (struct sockaddr *)sa, sizeof *sa), 0);
	T_EQ_INT(getsockname(s, (struct sockaddr *)sa, &len), 0);
	T_EQ_INT(len, sizeof *sa);
	return s;
}

int main(void)
{
	struct sockaddr_in sa, peer, me;
	socklen_t len;
	char buf[32];
	int one = 1;
	int l = bound_listener(&sa);
	T_EQ_INT(sa.sin_family, AF_INET);
	T_ASSERT(ntohs(sa.sin_port) != 0);
	T_EQ_INT(ntohl(sa.sin_addr.s_addr), 0x7f000001);
	T_EQ_INT(listen(l, 4), 0);

	int c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	T_ASSERT(c >= 0);
	T_EQ_INT(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one), 0);
	T_EQ_INT(connect(c, (struct sockaddr *)&sa, sizeof sa), 0);
	len = sizeof peer;
	int a = accept4(l, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
	T_ASSERT(a >= 0);
	T_EQ_INT(len, sizeof peer);
	T_ASSERT(fcntl(a, F_GETFD) & FD_CLOEXEC);
	T_ASSERT(fcntl(a, F_GETFL) & O_NONBLOCK);
	len = sizeof me;
	T_EQ_INT(getsockname(c, (struct sockaddr *)&me, &len), 0);
	T_EQ_INT(me.sin_port, peer.sin_port);
	len = sizeof peer;
	T_EQ_INT(getpeername(c, (struct sockaddr *)&peer, &len), 0);
	T_EQ_INT(peer.sin_port, sa.sin_port);

	T_EQ_INT(send(c, "hello", 5, 0), 5);
	T_EQ_INT(fcntl(a, F_SETFL, 0), 0);
	T_EQ_INT(recv(a, buf, 5, MSG_WAITALL), 5);
	T_EQ_MEM(buf, "hello", 5);
	T_EQ_INT(sendto(a, "world", 5, 0, 0, 0), 5);
	T_EQ_INT(recvfrom(c, buf, 5, MSG_WAITALL, 0, 0), 5);
	T_EQ_MEM(buf, "world", 5);
	T_EQ_INT(sockatmark(c), 0);
	T_EQ_INT(shutdown(a, SHUT_WR), 0);
	T_EQ_INT(recv(c, buf, sizeof buf, 0), 0);
	close(a);
	close(c);

	/* accept without an address */
	c = socket(AF_INET, SOCK_STREAM, 0);
	T_EQ_INT(connect(c, (struct sockaddr *)&sa, sizeof sa), 0);
	a = accept(l, 0, 0);
	T_ASSERT(a >= 0);
	T_ASSERT(!(fcntl(a, F_GETFD) & FD_CLOEXEC));
	close(a);
	close(c);
	close(l);

	/* a port nobody listens on any more */
	l = bound_listener(&sa);
	close(l);
	c = socket(AF_INET, SOCK_STREAM, 0);
	errno = 0;
	T_EQ_INT(connect(c, (struct sockaddr *)&sa, sizeof sa), -1);
	T_EQ_INT(errno, ECONNREFUSED);
	close(c);

	errno = 0;
	T_EQ_INT(listen(-1, 1), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(accept(0, 0, 0), -1);
	T_EQ_INT(errno, ENOTSOCK);
	return t_status();
}
