// stat family, umask, chmod family, mkdir/mkfifo/mknod, utimensat/futimens.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <t.h>

int main(void)
{
	struct stat st, st2;
	umask(022);
	T_EQ_INT(umask(077), 022);
	int fd = open("f", O_RDWR | O_CREAT | O_EXCL, 0666);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "12345", 5), 5);
	T_EQ_INT(fstat(fd, &st), 0);
	T_ASSERT(S_ISREG(st.st_mode));
	T_EQ_INT(st.st_mode & 07777, 0600);
	T_EQ_INT(st.st_size, 5);
	T_EQ_INT(st.st_nlink, 1);
	T_EQ_INT(st.st_uid, geteuid());
	T_ASSERT(st.st_blksize > 0);
	T_EQ_INT(stat("f", &st2), 0);
	T_EQ_INT(st2.st_ino, st.st_ino);
	T_EQ_INT(st2.st_dev, st.st_dev);
	T_EQ_INT(fstatat(AT_FDCWD, "f", &st2, 0), 0);
	T_EQ_INT(st2.st_ino, st.st_ino);
	T_EQ_INT(fstatat(fd, "", &st2, AT_EMPTY_PATH), 0);
	T_EQ_INT(st2.st_ino, st.st_ino);
	int pfd = open("f", O_PATH);
	T_EQ_INT(fstat(pfd, &st2), 0);
	T_EQ_INT(st2.st_ino, st.st_ino);
	errno = 0;
	T_EQ_INT(fstat(-1, &st), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(stat("nope", &st), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(stat("f/x", &st), -1);
	T_EQ_INT(errno, ENOTDIR);

	T_EQ_INT(symlink("f", "l"), 0);
	T_EQ_INT(lstat("l", &st2), 0);
	T_ASSERT(S_ISLNK(st2.st_mode));
	T_EQ_INT(st2.st_size, 1);
	T_EQ_INT(fstatat(AT_FDCWD, "l", &st2, AT_SYMLINK_NOFOLLOW), 0);
	T_ASSERT(S_ISLNK(st2.st_mode));
	T_EQ_INT(stat("l", &st2), 0);
	T_ASSERT(S_ISREG(st2.st_mode));

	T_EQ_INT(chmod("f", 0640), 0);
	T_EQ_INT(stat("f", &st), 0);
	T_EQ_INT(st.st_mode & 07777, 0640);
	T_EQ_INT(fchmod(fd, 0604), 0);
	T_EQ_INT(fstat(fd, &st), 0);
	T_EQ_INT(st.st_mode & 07777, 0604);
	T_EQ_INT(fchmodat(AT_FDCWD, "f", 0600, 0), 0);
	T_EQ_INT(stat("f", &st), 0);
	T_EQ_INT(st.st_mode & 07777, 0600);
	errno = 0;
	T_EQ_INT(chmod("nope", 0600), -1);
	T_EQ_INT(errno, ENOENT);

	T_EQ_INT(mkdir("d", 0777), 0);
	T_EQ_INT(stat("d", &st), 0);
	T_ASSERT(S_ISDIR(st.st_mode));
	T_EQ_INT(st.st_mode & 0777, 0700);
	errno = 0;
	T_EQ_INT(mkdir("d", 0777), -1);
	T_EQ_INT(errno, EEXIST);
	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	T_EQ_INT(mkdirat(dfd, "sub", 0755), 0);
	T_EQ_INT(fstatat(dfd, "sub", &st, 0), 0);
	T_ASSERT(S_ISDIR(st.st_mode));
	T_EQ_INT(mkfifo("fifo", 0644), 0);
	T_EQ_INT(stat("fifo", &st), 0);
	T_ASSERT(S_ISFIFO(st.st_mode));
	T_EQ_INT(mkfifoat(dfd, "fifo", 0600), 0);
	T_EQ_INT(mknod("reg", S_IFREG | 0600, 0), 0);
	T_EQ_INT(stat("reg", &st), 0);
	T_ASSERT(S_ISREG(st.st_mode));
	T_EQ_INT(mknodat(dfd, "reg", S_IFREG | 0600, 0), 0);

	struct timespec ts[2] = { { 1000000000, 5 }, { 1234567890, 123456789 } };
	T_EQ_INT(utimensat(AT_FDCWD, "f", ts, 0), 0);
	T_EQ_INT(stat("f", &st), 0);
	T_EQ_INT(st.st_atim.tv_sec, 1000000000);
	T_EQ_INT(st.st_atim.tv_nsec, 5);
	T_EQ_INT(st.st_mtime, 1234567890);
	T_EQ_INT(st.st_mtim.tv_nsec, 123456789);
	struct timespec keep[2] = { { 0, UTIME_OMIT }, { 42, 0 } };
	T_EQ_INT(futimens(fd, keep), 0);
	T_EQ_INT(fstat(fd, &st), 0);
	T_EQ_INT(st.st_atime, 1000000000);
	T_EQ_INT(st.st_mtime, 42);
	T_EQ_INT(utimensat(AT_FDCWD, "l", ts, AT_SYMLINK_NOFOLLOW), 0);
	T_EQ_INT(lstat("l", &st), 0);
	T_EQ_INT(st.st_mtime, 1234567890);
	struct timespec bad[2] = { { 0, 2000000000 }, { 0, 0 } };
	errno = 0;
	T_EQ_INT(utimensat(AT_FDCWD, "f", bad, 0), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(futimens(fd, 0), 0);
	T_EQ_INT(fstat(fd, &st), 0);
	T_ASSERT(st.st_mtime > 1600000000);
	return t_status();
}
