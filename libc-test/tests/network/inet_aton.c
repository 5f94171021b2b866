// inet_aton/inet_addr/inet_ntoa/inet_network and the byte-order functions.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include "t.h"

static unsigned long aton(const char *s)
{
	struct in_addr a = { 0xdeadbeef };
	if (!inet_aton(s, &a))
		return 0xbad;
	return ntohl(a.s_addr);
}

int main(void)
{
	T_EQ_INT(htonl(0x01020304), 0x04030201);
	T_EQ_INT(htons(0x0102), 0x0201);
	T_EQ_INT(ntohl(0x04030201), 0x01020304);
	T_EQ_INT(ntohs(0xfffe), 0xfeff);
	T_EQ_INT(htonl(0), 0);
	T_EQ_MEM(&(uint32_t){ htonl(0x7f000001) }, "\177\0\0\001", 4);

	T_EQ_INT(aton("127.0.0.1"), 0x7f000001);
	T_EQ_INT(aton("1"), 1);
	T_EQ_INT(aton("1.2"), 0x01000002);
	T_EQ_INT(aton("1.2.3"), 0x01020003);
	T_EQ_INT(aton("1.2.65535"), 0x0102ffff);
	T_EQ_INT(aton("1.16777215"), 0x01ffffff);
	T_EQ_INT(aton("4294967295"), 0xffffffff);
	T_EQ_INT(aton("0x7f.1"), 0x7f000001);
	T_EQ_INT(aton("0X7F.0.0.0x1"), 0x7f000001);
	T_EQ_INT(aton("0177.0.0.01"), 0x7f000001);
	T_EQ_INT(aton("010.010.010.010"), 0x08080808);
	T_EQ_INT(aton("0"), 0);
	T_EQ_INT(aton("1.2.3.256"), 0xbad);
	T_EQ_INT(aton("1.2.65536"), 0xbad);
	T_EQ_INT(aton("256.1"), 0xbad);
	T_EQ_INT(aton("4294967296"), 0xbad);
	T_EQ_INT(aton("1.2.3.4.5"), 0xbad);
	T_EQ_INT(aton("1.2.3.4."), 0xbad);
	T_EQ_INT(aton("1..2"), 0xbad);
	T_EQ_INT(aton(".1"), 0xbad);
	T_EQ_INT(aton(""), 0xbad);
	T_EQ_INT(aton("08"), 0xbad);
	T_EQ_INT(aton("0x1g"), 0xbad);
	T_EQ_INT(aton("1.2.3.4x"), 0xbad);
	T_EQ_INT(aton("a.b.c.d"), 0xbad);

	T_EQ_INT(inet_addr("10.0.0.1"), htonl(0x0a000001));
	T_EQ_INT(inet_addr("255.255.255.255"), 0xffffffff);
	T_EQ_INT(inet_addr("junk"), INADDR_NONE);
	T_EQ_INT(inet_network("10.2.3.4"), 0x0a020304);
	T_EQ_INT(inet_network("junk"), INADDR_NONE);

	struct in_addr a = { htonl(0xc0a80001) };
	char *s = inet_ntoa(a);
	T_EQ_STR(s, "192.168.0.1");
	a.s_addr = htonl(0xffffffff);
	T_ASSERT(inet_ntoa(a) == s);
	T_EQ_STR(s, "255.255.255.255");
	a.s_addr = 0;
	T_EQ_STR(inet_ntoa(a), "0.0.0.0");

	T_ASSERT(IN6_IS_ADDR_UNSPECIFIED(&in6addr_any));
	T_ASSERT(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
	T_ASSERT(!IN6_IS_ADDR_LOOPBACK(&in6addr_any));
	T_EQ_INT(INET_ADDRSTRLEN, 16);
	T_EQ_INT(INET6_ADDRSTRLEN, 46);
	return t_status();
}
