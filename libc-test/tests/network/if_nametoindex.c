// if_nametoindex/if_indextoname/if_nameindex on the loopback interface.
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

static int next_fd(void)
{
	int fd = open("/dev/null", O_RDONLY);
	close(fd);
	return fd;
}

int main(void)
{
	char name[IF_NAMESIZE];
	int fd0 = next_fd();
	unsigned lo = if_nametoindex("lo");
	T_ASSERT(lo > 0);
	T_EQ_PTR(if_indextoname(lo, name), name);
	T_EQ_STR(name, "lo");

	errno = 0;
	T_EQ_INT(if_nametoindex("no-such-if0"), 0);
	T_EQ_INT(errno, ENODEV);
	errno = 0;
	T_EQ_PTR(if_indextoname(0x7ffffff0, name), 0);
	T_EQ_INT(errno, ENXIO);

	struct if_nameindex *list = if_nameindex(), *p;
	int found = 0, n = 0;
	T_ASSERT(list != 0);
	for (p = list; list && p->if_index; p++, n++) {
		T_ASSERT(p->if_name != 0);
		if (p->if_index == lo) {
			T_EQ_STR(p->if_name, "lo");
			found = 1;
		}
		T_EQ_INT(if_nametoindex(p->if_name), p->if_index);
	}
	if (list)
		T_EQ_PTR(p->if_name, 0);
	T_ASSERT(found);
	T_ASSERT(n >= 1);
	if_freenameindex(list);
	T_EQ_INT(next_fd(), fd0);
	return t_status();
}
