// link/symlink/readlink/unlink/rmdir/chdir/getcwd/truncate/access and their *at forms.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <t.h>

int main(void)
{
	char buf[256], cwd[512];
	T_ASSERT(getcwd(cwd, sizeof cwd) == cwd);
	T_EQ_INT(cwd[0], '/');
	errno = 0;
	T_ASSERT(getcwd(buf, 1) == 0);
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_ASSERT(getcwd(buf, 0) == 0);
	T_EQ_INT(errno, EINVAL);

	int fd = open("file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	T_ASSERT(fd >= 0);
	T_EQ_INT(write(fd, "hello", 5), 5);
	T_EQ_INT(close(fd), 0);

	T_EQ_INT(access("file", R_OK | W_OK), 0);
	T_EQ_INT(faccessat(AT_FDCWD, "file", F_OK, 0), 0);
	T_EQ_INT(faccessat(AT_FDCWD, "file", R_OK, AT_EACCESS), 0);
	errno = 0;
	T_EQ_INT(access("missing", F_OK), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(access("file", 0x40), -1);
	T_EQ_INT(errno, EINVAL);

	T_EQ_INT(symlink("file", "sl"), 0);
	T_EQ_INT(readlink("sl", buf, sizeof buf), 4);
	T_EQ_MEM(buf, "file", 4);
	T_EQ_INT(readlink("sl", buf, 2), 2);
	T_EQ_MEM(buf, "fi", 2);
	T_EQ_INT(readlinkat(AT_FDCWD, "sl", buf, sizeof buf), 4);
	errno = 0;
	T_EQ_INT(readlink("file", buf, sizeof buf), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(symlink("x", "sl"), -1);
	T_EQ_INT(errno, EEXIST);
	T_EQ_INT(symlinkat("file", AT_FDCWD, "sl2"), 0);

	T_EQ_INT(link("file", "hard"), 0);
	struct stat st;
	T_EQ_INT(stat("file", &st), 0);
	T_EQ_INT(st.st_nlink, 2);
	T_EQ_INT(linkat(AT_FDCWD, "sl", AT_FDCWD, "hard2", AT_SYMLINK_FOLLOW), 0);
	T_EQ_INT(lstat("hard2", &st), 0);
	T_ASSERT(S_ISREG(st.st_mode));
	T_EQ_INT(st.st_nlink, 3);

	T_EQ_INT(truncate("file", 2), 0);
	T_EQ_INT(stat("hard", &st), 0);
	T_EQ_INT(st.st_size, 2);
	fd = open("file", O_RDWR);
	T_EQ_INT(ftruncate(fd, 100), 0);
	T_EQ_INT(fsync(fd), 0);
	T_EQ_INT(fdatasync(fd), 0);
	T_EQ_INT(lseek(fd, 0, SEEK_END), 100);
	errno = 0;
	T_EQ_INT(ftruncate(fd, -1), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(fd), 0);
	errno = 0;
	T_EQ_INT(truncate("missing", 0), -1);
	T_EQ_INT(errno, ENOENT);
	sync();

	T_EQ_INT(mkdir("d", 0755), 0);
	T_EQ_INT(chdir("d"), 0);
	T_ASSERT(getcwd(buf, sizeof buf) == buf);
	unsigned long n = t_len(cwd);
	T_ASSERT(t_memeq(buf, cwd, n) && t_streq(buf + n, "/d"));
	T_EQ_INT(chdir(".."), 0);
	fd = open("d", O_RDONLY | O_DIRECTORY);
	T_EQ_INT(fchdir(fd), 0);
	T_EQ_INT(access("../file", F_OK), 0);
	T_EQ_INT(chdir(cwd), 0);
	T_EQ_INT(close(fd), 0);
	errno = 0;
	T_EQ_INT(chdir("file"), -1);
	T_EQ_INT(errno, ENOTDIR);
	errno = 0;
	T_EQ_INT(fchdir(-1), -1);
	T_EQ_INT(errno, EBADF);

	T_EQ_INT(open("d/x", O_CREAT | O_WRONLY, 0600) >= 0, 1);
	errno = 0;
	T_EQ_INT(rmdir("d"), -1);
	T_EQ_INT(errno, ENOTEMPTY);
	errno = 0;
	T_EQ_INT(unlink("d"), -1);
	T_EQ_INT(errno, EISDIR);
	T_EQ_INT(unlinkat(AT_FDCWD, "d/x", 0), 0);
	T_EQ_INT(unlinkat(AT_FDCWD, "d", AT_REMOVEDIR), 0);
	errno = 0;
	T_EQ_INT(rmdir("d"), -1);
	T_EQ_INT(errno, ENOENT);
	T_EQ_INT(unlink("sl"), 0);
	T_EQ_INT(unlink("hard"), 0);
	errno = 0;
	T_EQ_INT(unlink("hard"), -1);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
