// statx (Linux 4.11, glibc's API): the basic fields agree with fstatat, AT_EMPTY_PATH on
// a descriptor, AT_SYMLINK_NOFOLLOW, errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(sizeof(struct statx), 256);
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0640);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "hello", 5), 5);
	struct stat st;
	T_EQ_INT(fstatat(AT_FDCWD, "f", &st, 0), 0);

	struct statx sx;
	T_EQ_INT(statx(AT_FDCWD, "f", 0, STATX_BASIC_STATS, &sx), 0);
	T_EQ_INT((sx.stx_mask & STATX_BASIC_STATS), STATX_BASIC_STATS);
	T_EQ_INT(sx.stx_size, 5);
	T_EQ_INT(sx.stx_mode, S_IFREG | 0640);
	T_ASSERT(sx.stx_ino == st.st_ino);
	T_EQ_INT(sx.stx_nlink, 1);
	T_EQ_INT(sx.stx_uid, getuid());
	T_ASSERT(sx.stx_mtime.tv_sec == st.st_mtim.tv_sec);
	T_EQ_INT(sx.stx_mtime.tv_nsec, st.st_mtim.tv_nsec);

	struct statx by_fd;
	T_EQ_INT(statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &by_fd), 0);
	T_EQ_INT(by_fd.stx_size, 5);
	T_EQ_INT(symlink("f", "l"), 0);
	T_EQ_INT(statx(AT_FDCWD, "l", AT_SYMLINK_NOFOLLOW, STATX_TYPE, &sx), 0);
	T_EQ_INT(sx.stx_mode & S_IFMT, S_IFLNK);
	T_EQ_INT(statx(AT_FDCWD, "l", 0, STATX_TYPE, &sx), 0);
	T_EQ_INT(sx.stx_mode & S_IFMT, S_IFREG);

	errno = 0;
	T_EQ_INT(statx(AT_FDCWD, "missing", 0, STATX_BASIC_STATS, &sx), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(statx(AT_FDCWD, "f", 0x40000000, STATX_BASIC_STATS, &sx), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(statx(-5, "f", 0, STATX_BASIC_STATS, &sx), -1);
	T_EQ_INT(errno, EBADF);
	close(fd);
	return t_status();
}
