// inet_pton/inet_ntop: IPv4 and IPv6 text forms, RFC 5952 output, invalid input, errors.
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include "t.h"

static const struct { const char *in, *out; } v6[] = {
	{ "::", "::" },
	{ "::1", "::1" },
	{ "0:0:0:0:0:0:0:1", "::1" },
	{ "1::", "1::" },
	{ "2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329" },
	{ "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329" },
	{ "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789", "abcd:ef01:2345:6789:abcd:ef01:2345:6789" },
	{ "1:0:0:1:0:0:0:1", "1:0:0:1::1" },
	{ "1:0:1:0:1:0:1:0", "1:0:1:0:1:0:1:0" },
	{ "1:0:0:2:0:0:3:4", "1::2:0:0:3:4" },
	{ "0:0:1:2:3:4:0:0", "::1:2:3:4:0:0" },
	{ "0:0:0:1:0:0:0:0", "0:0:0:1::" },
	{ "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0" },
	{ "::1:2:3:4:5:6:7", "0:1:2:3:4:5:6:7" },
	{ "fe80::1", "fe80::1" },
	{ "::ffff:1.2.3.4", "::ffff:1.2.3.4" },
	{ "::ffff:0:1", "::ffff:0.0.0.1" },
	{ "::FFFF:192.168.0.255", "::ffff:192.168.0.255" },
	{ "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304" },
	{ "1::1.2.3.4", "1::102:304" },
};

static const char *bad6[] = {
	"", ":", ":::", "::1::", ":1", "1:", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
	"1::2::3", "12345::", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "::ffff:01.2.3.4",
	"g::", "1:::2", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", " ::1", "::1 ",
	"::256.0.0.1", "1.2.3.4", "::1%lo",
};

static const char *bad4[] = {
	"", "1", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.04",
	"0x1.2.3.4", " 1.2.3.4", "1.2.3.4 ", "1..2.3", "1.2.3.-4", "::1", "1.2.3.4a",
};

int main(void)
{
	unsigned char a[16];
	char buf[INET6_ADDRSTRLEN];

	T_EQ_INT(inet_pton(AF_INET, "192.168.1.254", a), 1);
	T_EQ_MEM(a, "\300\250\001\376", 4);
	T_EQ_INT(inet_pton(AF_INET, "0.0.0.0", a), 1);
	T_EQ_INT(inet_pton(AF_INET, "255.255.255.255", a), 1);
	T_EQ_STR(inet_ntop(AF_INET, "\177\0\0\001", buf, sizeof buf), "127.0.0.1");
	T_EQ_STR(inet_ntop(AF_INET, "\377\012\0\144", buf, 16), "255.10.0.100");
	for (unsigned i = 0; i < sizeof bad4 / sizeof *bad4; i++) {
		if (inet_pton(AF_INET, bad4[i], a) != 0) {
			T_ASSERT(!"bad IPv4 text accepted");
			t_show_str("    ", bad4[i]);
		}
	}

	for (unsigned i = 0; i < sizeof v6 / sizeof *v6; i++) {
		memset(a, 0x55, sizeof a);
		T_EQ_INT(inet_pton(AF_INET6, v6[i].in, a), 1);
		T_EQ_STR(inet_ntop(AF_INET6, a, buf, sizeof buf), v6[i].out);
	}
	T_EQ_INT(inet_pton(AF_INET6, "::ffff:1.2.3.4", a), 1);
	T_EQ_MEM(a, "\0\0\0\0\0\0\0\0\0\0\377\377\001\002\003\004", 16);
	for (unsigned i = 0; i < sizeof bad6 / sizeof *bad6; i++) {
		if (inet_pton(AF_INET6, bad6[i], a) != 0) {
			T_ASSERT(!"bad IPv6 text accepted");
			t_show_str("    ", bad6[i]);
		}
	}

	/* The longest form fits INET6_ADDRSTRLEN exactly. */
	T_EQ_INT(inet_pton(AF_INET6, "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", a), 1);
	T_EQ_STR(inet_ntop(AF_INET6, a, buf, sizeof buf), "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
	memcpy(a, "\0\0\0\0\0\0\0\0\0\0\377\377\377\377\377\377", 16);
	T_EQ_STR(inet_ntop(AF_INET6, a, buf, sizeof buf), "::ffff:255.255.255.255");

	/* Buffer exactly one byte short: ENOSPC. */
	errno = 0;
	T_EQ_PTR(inet_ntop(AF_INET, "\177\0\0\001", buf, 9), 0);
	T_EQ_INT(errno, ENOSPC);
	T_EQ_PTR(inet_ntop(AF_INET, "\177\0\0\001", buf, 10), buf);
	errno = 0;
	inet_pton(AF_INET6, "1::2", a);
	T_EQ_PTR(inet_ntop(AF_INET6, a, buf, 4), 0);
	T_EQ_INT(errno, ENOSPC);
	T_EQ_PTR(inet_ntop(AF_INET6, a, buf, 5), buf);

	errno = 0;
	T_EQ_INT(inet_pton(AF_UNIX, "1.2.3.4", a), -1);
	T_EQ_INT(errno, EAFNOSUPPORT);
	errno = 0;
	T_EQ_PTR(inet_ntop(12345, a, buf, sizeof buf), 0);
	T_EQ_INT(errno, EAFNOSUPPORT);
	return t_status();
}
