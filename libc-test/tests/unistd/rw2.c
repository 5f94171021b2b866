// preadv2/pwritev2 (Linux 4.6): offset -1 uses and advances the file offset, an explicit
// offset does not, RWF_APPEND writes at the end, unknown flags are EOPNOTSUPP.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include <t.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	struct iovec w[2] = { { "abc", 3 }, { "defg", 4 } };
	T_EQ_INT(pwritev2(fd, w, 2, -1, 0), 7);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 7);
	struct iovec x = { "XY", 2 };
	T_EQ_INT(pwritev2(fd, &x, 1, 1, RWF_DSYNC), 2);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 7);
	struct iovec z = { "Z", 1 };
	T_EQ_INT(pwritev2(fd, &z, 1, 0, RWF_APPEND), 1);

	char a[4], b[8];
	memset(b, 0, sizeof b);
	struct iovec r[2] = { { a, 4 }, { b, 8 } };
	T_EQ_INT(preadv2(fd, r, 2, 0, 0), 8);
	T_EQ_MEM(a, "aXYd", 4);
	T_EQ_MEM(b, "efgZ", 4);
	T_EQ_INT(lseek(fd, 2, SEEK_SET), 2);
	T_EQ_INT(preadv2(fd, r, 1, -1, 0), 4);
	T_EQ_MEM(a, "Ydef", 4);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 6);

	errno = 0;
	T_EQ_INT(preadv2(fd, r, 1, 0, 0x40000000), -1);
	T_EQ_INT(errno, EOPNOTSUPP);
	errno = 0;
	T_EQ_INT(pwritev2(-1, w, 1, 0, 0), -1);
	T_EQ_INT(errno, EBADF);
	close(fd);
	return t_status();
}
