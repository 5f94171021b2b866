// Failing open/openat/creat/close calls return -1 and set errno.
#include <errno.h>
#include <fcntl.h>
#include <t.h>

int main(void)
{
	errno = 0;
	T_EQ_INT(open("missing.txt", O_RDONLY), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(openat(AT_FDCWD, "no/such/dir/file", O_RDONLY), -1);
	T_EQ_INT(errno, ENOENT);

	/* creat is open(O_CREAT|O_WRONLY|O_TRUNC): writable, not readable. */
	int fd = creat("made.txt", 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "abc", 3), 3);
	char c;
	errno = 0;
	T_EQ_INT(read(fd, &c, 1), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(fd), 0);
	/* ...and it truncates an existing file. */
	fd = creat("made.txt", 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(lseek(fd, 0, SEEK_END), 0);
	T_EQ_INT(close(fd), 0);

	errno = 0;
	T_EQ_INT(open("made.txt", O_WRONLY | O_CREAT | O_EXCL, 0600), -1);
	T_EQ_INT(errno, EEXIST);
	errno = 0;
	T_EQ_INT(open("made.txt/x", O_RDONLY), -1);
	T_EQ_INT(errno, ENOTDIR);
	errno = 0;
	T_EQ_INT(open("made.txt", O_RDONLY | O_DIRECTORY), -1);
	T_EQ_INT(errno, ENOTDIR);
	errno = 0;
	T_EQ_INT(open(".", O_WRONLY), -1);
	T_EQ_INT(errno, EISDIR);
	errno = 0;
	T_EQ_INT(openat(-1, "made.txt", O_RDONLY), -1);
	T_EQ_INT(errno, EBADF);

	/* A directory can be opened read-only and used as an openat base. */
	int dir = open(".", O_RDONLY | O_DIRECTORY);
	T_ASSERT(dir >= 0);
	fd = openat(dir, "made.txt", O_RDONLY);
	T_ASSERT(fd >= 0);
	T_EQ_INT(close(fd), 0);
	T_EQ_INT(close(dir), 0);

	errno = 0;
	T_EQ_INT(close(-1), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(close(fd), -1); /* already closed */
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(lseek(-1, 0, SEEK_SET), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
