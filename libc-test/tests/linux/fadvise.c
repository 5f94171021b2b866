// posix_fadvise and posix_fallocate: success, and errors returned (not in errno).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <t.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(posix_fallocate(fd, 0, 8192), 0);
	struct stat st;
	T_EQ_INT(fstat(fd, &st), 0);
	T_EQ_INT(st.st_size, 8192);
	T_EQ_INT(posix_fallocate(fd, 4096, 8192), 0);
	T_EQ_INT(fstat(fd, &st), 0);
	T_EQ_INT(st.st_size, 12288);
	T_EQ_INT(posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL), 0);
	T_EQ_INT(posix_fadvise(fd, 0, 4096, POSIX_FADV_DONTNEED), 0);

	errno = 0;
	T_EQ_INT(posix_fadvise(fd, 0, 0, 99), EINVAL);
	T_EQ_INT(posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	T_EQ_INT(posix_fallocate(fd, 0, 0), EINVAL);
	T_EQ_INT(posix_fallocate(fd, -1, 10), EINVAL);
	T_EQ_INT(posix_fallocate(-1, 0, 10), EBADF);
	int p[2];
	T_EQ_INT(pipe(p), 0);
	T_EQ_INT(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
	T_EQ_INT(posix_fallocate(p[1], 0, 10), ESPIPE);
	T_EQ_INT(errno, 0);
	int ro = open("f", O_RDONLY);
	T_EQ_INT(posix_fallocate(ro, 0, 10), EBADF);
	T_EQ_INT(close(ro), 0);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
