// open/write/lseek/read/close round trip on a file in the scratch working directory.
#include <errno.h>
#include <fcntl.h>
#include <t.h>

int main(void)
{
	char buf[32];
	int fd = open("data.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	T_ASSERT(fd >= 3);
	T_EQ_INT(write(fd, "hello world", 11), 11);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 11);
	T_EQ_INT(lseek(fd, 0, SEEK_END), 11);
	T_EQ_INT(read(fd, buf, sizeof buf), 0); /* at end of file */

	T_EQ_INT(lseek(fd, 0, SEEK_SET), 0);
	T_EQ_INT(read(fd, buf, 5), 5);
	T_EQ_MEM(buf, "hello", 5);
	T_EQ_INT(lseek(fd, 1, SEEK_CUR), 6);
	T_EQ_INT(read(fd, buf, sizeof buf), 5);
	T_EQ_MEM(buf, "world", 5);
	T_EQ_INT(lseek(fd, -5, SEEK_END), 6);

	/* Seeking past the end and writing leaves a hole that reads as zeros. */
	T_EQ_INT(lseek(fd, 20, SEEK_SET), 20);
	T_EQ_INT(write(fd, "!", 1), 1);
	T_EQ_INT(lseek(fd, 11, SEEK_SET), 11);
	T_EQ_INT(read(fd, buf, sizeof buf), 10);
	for (int i = 0; i < 9; i++)
		T_EQ_INT(buf[i], 0);
	T_EQ_INT(buf[9], '!');

	errno = 0;
	T_EQ_INT(lseek(fd, -1, SEEK_SET), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(fd), 0);

	/* Reopen read-only: the data persisted, writing is refused. */
	fd = open("data.txt", O_RDONLY);
	T_ASSERT(fd >= 0);
	T_EQ_INT(read(fd, buf, 11), 11);
	T_EQ_MEM(buf, "hello world", 11);
	errno = 0;
	T_EQ_INT(write(fd, "x", 1), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(fd), 0);

	/* openat relative to the current directory, and O_APPEND. */
	fd = openat(AT_FDCWD, "data.txt", O_WRONLY | O_APPEND);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "?", 1), 1);
	T_EQ_INT(lseek(fd, 0, SEEK_CUR), 22);
	T_EQ_INT(close(fd), 0);

	/* Descriptors are reused lowest-first. */
	int a = open("data.txt", O_RDONLY);
	int b = open("data.txt", O_RDONLY);
	T_EQ_INT(b, a + 1);
	T_EQ_INT(close(a), 0);
	T_EQ_INT(open("data.txt", O_RDONLY), a);
	return t_status();
}
