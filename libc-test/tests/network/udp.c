// UDP over 127.0.0.1: sendto/recvfrom with the sender's address, sendmmsg/recvmmsg.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	struct sockaddr_in a, b, from;
	socklen_t len = sizeof a;
	char buf[64];
	int s = socket(AF_INET, SOCK_DGRAM, 0), t = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	b = a;
	T_EQ_INT(bind(s, (struct sockaddr *)&a, sizeof a), 0);
	T_EQ_INT(getsockname(s, (struct sockaddr *)&a, &len), 0);
	T_EQ_INT(bind(t, (struct sockaddr *)&b, sizeof b), 0);
	len = sizeof b;
	T_EQ_INT(getsockname(t, (struct sockaddr *)&b, &len), 0);

	T_EQ_INT(sendto(t, "datagram", 8, 0, (struct sockaddr *)&a, sizeof a), 8);
	len = sizeof from;
	memset(&from, 0, sizeof from);
	T_EQ_INT(recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 8);
	T_EQ_MEM(buf, "datagram", 8);
	T_EQ_INT(len, sizeof from);
	T_EQ_INT(from.sin_port, b.sin_port);
	T_EQ_INT(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));

	/* A short buffer truncates the datagram; MSG_TRUNC reports its real size. */
	T_EQ_INT(sendto(t, "0123456789", 10, 0, (struct sockaddr *)&a, sizeof a), 10);
	T_EQ_INT(recv(s, buf, 4, MSG_TRUNC), 10);

	/* Batches. */
	struct iovec iov[3], riov[3];
	struct mmsghdr out[3], in[3];
	char rb[3][8];
	memset(out, 0, sizeof out);
	memset(in, 0, sizeof in);
	for (int i = 0; i < 3; i++) {
		iov[i].iov_base = (char *)"abc" + i;
		iov[i].iov_len = 3 - i;
		out[i].msg_hdr.msg_iov = &iov[i];
		out[i].msg_hdr.msg_iovlen = 1;
		out[i].msg_hdr.msg_name = &a;
		out[i].msg_hdr.msg_namelen = sizeof a;
		riov[i].iov_base = rb[i];
		riov[i].iov_len = sizeof rb[i];
		in[i].msg_hdr.msg_iov = &riov[i];
		in[i].msg_hdr.msg_iovlen = 1;
	}
	T_EQ_INT(sendmmsg(t, out, 3, 0), 3);
	T_EQ_INT(out[0].msg_len, 3);
	T_EQ_INT(out[2].msg_len, 1);
	T_EQ_INT(recvmmsg(s, in, 3, MSG_DONTWAIT, 0), 3);
	T_EQ_INT(in[0].msg_len, 3);
	T_EQ_INT(in[1].msg_len, 2);
	T_EQ_MEM(rb[1], "bc", 2);
	T_EQ_INT(in[2].msg_len, 1);
	T_EQ_MEM(rb[2], "c", 1);
	errno = 0;
	T_EQ_INT(recvmmsg(s, in, 3, MSG_DONTWAIT, 0), -1);
	T_EQ_INT(errno, EAGAIN);

	errno = 0;
	T_EQ_INT(sendto(t, "x", 1, 0, 0, 0), -1);
	T_EQ_INT(errno, EDESTADDRREQ);
	close(s);
	close(t);
	return t_status();
}
