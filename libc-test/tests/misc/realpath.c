/* realpath: ".", a chain of symlinks, "..", trailing slashes, loops, missing paths. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "t.h"

static char cwd[PATH_MAX];

static const char *under(const char *rest)
{
	static char buf[PATH_MAX * 2];
	unsigned long l = t_len(cwd);
	memcpy(buf, cwd, l);
	buf[l] = '/';
	memcpy(buf + l + 1, rest, t_len(rest) + 1);
	return buf;
}

int main(void)
{
	char out[PATH_MAX];
	T_ASSERT(getcwd(cwd, sizeof cwd) != 0);
	T_EQ_STR(realpath(".", out), cwd);
	char *m = realpath(".", 0);
	T_EQ_STR(m, cwd);
	free(m);

	T_EQ_INT(mkdir("d", 0755), 0);
	T_EQ_INT(mkdir("d/e", 0755), 0);
	close(open("d/e/f", O_CREAT | O_WRONLY, 0644));
	T_EQ_INT(symlink("d/e", "l1"), 0);
	T_EQ_INT(symlink("l1/f", "l2"), 0);
	T_EQ_INT(symlink("l2", "l3"), 0);
	T_EQ_INT(symlink(cwd, "labs"), 0);
	T_EQ_INT(symlink("loop2", "loop1"), 0);
	T_EQ_INT(symlink("loop1", "loop2"), 0);
	T_EQ_INT(symlink("missing", "dangling"), 0);
	T_EQ_INT(symlink("e/", "d/slash"), 0);

	T_EQ_STR(realpath("l3", out), under("d/e/f"));
	T_EQ_STR(realpath("l1", out), under("d/e"));
	T_EQ_STR(realpath("./l1/../e/./f", out), under("d/e/f"));
	T_EQ_STR(realpath("d//e///", out), under("d/e"));
	T_EQ_STR(realpath("labs/d/slash/f", out), under("d/e/f"));
	T_EQ_STR(realpath("d/e/..", out), under("d"));
	T_EQ_STR(realpath("/", out), "/");
	T_EQ_STR(realpath("/..", out), "/");
	T_EQ_STR(realpath("///tmp/..", out), "/");
	m = realpath("l2", 0);
	T_EQ_STR(m, under("d/e/f"));
	free(m);

	errno = 0;
	T_ASSERT(realpath("nope", out) == 0);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_ASSERT(realpath("d/nope/x", out) == 0);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_ASSERT(realpath("dangling", out) == 0);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_ASSERT(realpath("", out) == 0);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_ASSERT(realpath("d/e/f/g", out) == 0);
	T_EQ_INT(errno, ENOTDIR);
	errno = 0;
	T_ASSERT(realpath("d/e/f/", out) == 0);
	T_EQ_INT(errno, ENOTDIR);
	errno = 0;
	T_ASSERT(realpath("loop1", out) == 0);
	T_EQ_INT(errno, ELOOP);
	errno = 0;
	T_ASSERT(realpath(0, out) == 0);
	T_EQ_INT(errno, EINVAL);

	static char longp[PATH_MAX + 10];
	memset(longp, 'a', sizeof longp - 1);
	errno = 0;
	T_ASSERT(realpath(longp, out) == 0);
	T_EQ_INT(errno, ENAMETOOLONG);
	return t_status();
}
