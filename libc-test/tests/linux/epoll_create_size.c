// epoll_create refuses a size of 0 or less with EINVAL, as the kernel's epoll_create
// and glibc do (musl 1.2.3 ignores the size: a known difference).
#include <errno.h>
#include <sys/epoll.h>
#include <t.h>

int main(void)
{
	errno = 0;
	T_EQ_INT(epoll_create(0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(epoll_create(-5), -1);
	T_EQ_INT(errno, EINVAL);
	int fd = epoll_create(1);
	T_ASSERT(fd >= 0);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
