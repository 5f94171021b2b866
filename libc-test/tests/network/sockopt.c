// getsockopt/setsockopt and socket() errors.
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	int v = 1, got = 0;
	socklen_t len = sizeof got;
	int s = socket(AF_INET, SOCK_STREAM, 0);
	T_ASSERT(s >= 0);
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &got, &len), 0);
	T_EQ_INT(got, 0);
	T_EQ_INT(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v), 0);
	len = sizeof got;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &got, &len), 0);
	T_EQ_INT(got, 1);
	T_EQ_INT(len, sizeof got);

	v = 8192;
	T_EQ_INT(setsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, sizeof v), 0);
	len = sizeof got;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_RCVBUF, &got, &len), 0);
	T_EQ_INT(got, 2 * 8192); /* Linux doubles it for bookkeeping */

	len = sizeof got;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_TYPE, &got, &len), 0);
	T_EQ_INT(got, SOCK_STREAM);
	len = sizeof got;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_ERROR, &got, &len), 0);
	T_EQ_INT(got, 0);

	struct linger lg = { 1, 5 }, lg2;
	T_EQ_INT(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg), 0);
	len = sizeof lg2;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, SO_LINGER, &lg2, &len), 0);
	T_EQ_INT(lg2.l_onoff, 1);
	T_EQ_INT(lg2.l_linger, 5);

	errno = 0;
	len = sizeof got;
	T_EQ_INT(getsockopt(s, SOL_SOCKET, 9999, &got, &len), -1);
	T_EQ_INT(errno, ENOPROTOOPT);
	errno = 0;
	T_EQ_INT(setsockopt(-1, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v), -1);
	T_EQ_INT(errno, EBADF);
	int pp[2];
	T_EQ_INT(pipe(pp), 0);
	errno = 0;
	T_EQ_INT(getsockopt(pp[0], SOL_SOCKET, SO_TYPE, &got, &len), -1);
	T_EQ_INT(errno, ENOTSOCK);
	close(pp[0]);
	close(pp[1]);
	close(s);

	errno = 0;
	T_EQ_INT(socket(AF_MAX + 10, SOCK_STREAM, 0), -1);
	T_EQ_INT(errno, EAFNOSUPPORT);
	errno = 0;
	T_EQ_INT(socket(AF_INET, 77, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), -1);
	T_EQ_INT(errno, EPROTONOSUPPORT);
	T_EQ_INT(sizeof(struct sockaddr_storage), 128);
	return t_status();
}
