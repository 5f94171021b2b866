// Extended attributes on a file in the scratch directory: set/get/list/remove in the
// path, l* and f* forms, XATTR_CREATE/XATTR_REPLACE, ERANGE, ENODATA. If the file system
// refuses user.* attributes (ENOTSUP), only the error paths are checked.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/xattr.h>
#include <t.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT, 0600);
	T_ASSERT(fd >= 0);
	errno = 0;
	int r = setxattr("f", "user.color", "blue", 4, 0);
	if (r != 0) {
		T_ASSERT(errno == ENOTSUP || errno == EPERM);
		errno = 0;
		T_EQ_INT(getxattr("missing", "user.x", 0, 0), -1);
		T_EQ_INT(errno, ENOENT);
		return t_status();
	}
	char buf[64];
	T_EQ_INT(getxattr("f", "user.color", 0, 0), 4);
	T_EQ_INT(getxattr("f", "user.color", buf, sizeof buf), 4);
	T_EQ_MEM(buf, "blue", 4);
	errno = 0;
	T_EQ_INT(getxattr("f", "user.color", buf, 2), -1);
	T_EQ_INT(errno, ERANGE);
	errno = 0;
	T_EQ_INT(getxattr("f", "user.none", buf, sizeof buf), -1);
	T_EQ_INT(errno, ENODATA);

	errno = 0;
	T_EQ_INT(setxattr("f", "user.color", "red", 3, XATTR_CREATE), -1);
	T_EQ_INT(errno, EEXIST);
	errno = 0;
	T_EQ_INT(setxattr("f", "user.size", "9", 1, XATTR_REPLACE), -1);
	T_EQ_INT(errno, ENODATA);
	T_EQ_INT(lsetxattr("f", "user.color", "red", 3, XATTR_REPLACE), 0);
	T_EQ_INT(fsetxattr(fd, "user.size", "9", 1, XATTR_CREATE), 0);
	T_EQ_INT(lgetxattr("f", "user.color", buf, sizeof buf), 3);
	T_EQ_MEM(buf, "red", 3);
	T_EQ_INT(fgetxattr(fd, "user.size", buf, sizeof buf), 1);
	T_EQ_INT(buf[0], '9');

	/* The list holds both names, NUL-separated, in some order. */
	long n = listxattr("f", buf, sizeof buf);
	T_EQ_INT(n, sizeof "user.color" + sizeof "user.size");
	T_EQ_INT(llistxattr("f", 0, 0), n);
	T_EQ_INT(flistxattr(fd, buf, sizeof buf), n);
	int seen = 0;
	for (long i = 0; i < n; i += strlen(buf + i) + 1)
		seen |= !strcmp(buf + i, "user.color") | !strcmp(buf + i, "user.size") << 1;
	T_EQ_INT(seen, 3);
	errno = 0;
	T_EQ_INT(listxattr("f", buf, 3), -1);
	T_EQ_INT(errno, ERANGE);

	T_EQ_INT(removexattr("f", "user.color"), 0);
	T_EQ_INT(fremovexattr(fd, "user.size"), 0);
	errno = 0;
	T_EQ_INT(lremovexattr("f", "user.size"), -1);
	T_EQ_INT(errno, ENODATA);
	T_EQ_INT(listxattr("f", buf, sizeof buf), 0);
	errno = 0;
	T_EQ_INT(fgetxattr(-1, "user.size", buf, sizeof buf), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
