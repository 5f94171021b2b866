// inet_makeaddr/inet_lnaof/inet_netof and inet_network("a.b"): musl keeps classful values
// in host order and parses inet_network as inet_aton does; glibc differs (see
// known-differences.tsv).
#include <arpa/inet.h>
#include "t.h"

int main(void)
{
	struct in_addr a = inet_makeaddr(10, 0x020304);
	T_EQ_INT(a.s_addr, 0x0a020304);
	T_EQ_INT(inet_lnaof(a), 0x020304);
	T_EQ_INT(inet_netof(a), 10);
	a = inet_makeaddr(0x8001, 0x0203);
	T_EQ_INT(a.s_addr, 0x80010203);
	T_EQ_INT(inet_lnaof(a), 0x0203);
	T_EQ_INT(inet_netof(a), 0x8001);
	a = inet_makeaddr(0xc00001, 7);
	T_EQ_INT(inet_lnaof(a), 7);
	T_EQ_INT(inet_netof(a), 0xc00001);
	T_EQ_INT(inet_network("0x7f.1"), 0x7f000001);
	return t_status();
}
