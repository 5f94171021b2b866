// opendir/readdir of a directory we populate: every name once with its d_type,
// readdir_r, telldir/seekdir round trip, rewinddir, dirfd, fdopendir; errno on bad input.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <t.h>

/* readdir_r is obsolescent (glibc marks it deprecated) but still specified. */
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

static const char *names[] = { "a", "bb", "dir", "link", "fifo" };

static int index_of(const char *n)
{
	for (int i = 0; i < 5; i++)
		if (!strcmp(n, names[i]))
			return i;
	if (!strcmp(n, ".")) return 5;
	if (!strcmp(n, "..")) return 6;
	return -1;
}

int main(void)
{
	T_EQ_INT(mkdir("t", 0700), 0);
	T_EQ_INT(close(open("t/a", O_CREAT | O_WRONLY, 0600)), 0);
	T_EQ_INT(close(open("t/bb", O_CREAT | O_WRONLY, 0600)), 0);
	T_EQ_INT(mkdir("t/dir", 0700), 0);
	T_EQ_INT(symlink("a", "t/link"), 0);
	T_EQ_INT(mkfifo("t/fifo", 0600), 0);
	static const unsigned char types[] = { DT_REG, DT_REG, DT_DIR, DT_LNK, DT_FIFO, DT_DIR, DT_DIR };

	DIR *d = opendir("t");
	T_ASSERT(d != 0);
	T_ASSERT(dirfd(d) >= 0);
	T_EQ_INT(fcntl(dirfd(d), F_GETFD), FD_CLOEXEC);
	int seen = 0, count = 0;
	long pos_after[8];
	char order[8][8];
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d))) {
		int i = index_of(e->d_name);
		T_ASSERT(i >= 0);
		if (i < 0)
			continue;
		T_ASSERT(!(seen & 1 << i));
		seen |= 1 << i;
		/* d_type may be DT_UNKNOWN on some file systems; if set it must be right. */
		T_ASSERT(e->d_type == types[i] || e->d_type == DT_UNKNOWN);
		T_ASSERT(e->d_reclen >= 19 + strlen(e->d_name) + 1);
		T_ASSERT(e->d_ino != 0);
		strcpy(order[count], e->d_name);
		pos_after[count++] = telldir(d);
	}
	T_EQ_INT(errno, 0);
	T_EQ_INT(seen, 0x7f);
	T_EQ_INT(count, 7);
	/* At the end, readdir keeps returning null without setting errno. */
	T_ASSERT(readdir(d) == 0);
	T_EQ_INT(errno, 0);

	/* seekdir to a telldir position continues with the entry after it. */
	seekdir(d, pos_after[2]);
	e = readdir(d);
	T_ASSERT(e && !strcmp(e->d_name, order[3]));
	T_EQ_INT(telldir(d), pos_after[3]);
	seekdir(d, pos_after[0]);
	e = readdir(d);
	T_ASSERT(e && !strcmp(e->d_name, order[1]));

	rewinddir(d);
	e = readdir(d);
	T_ASSERT(e && !strcmp(e->d_name, order[0]));

	/* readdir_r copies into the caller's buffer. */
	struct dirent buf, *res;
	rewinddir(d);
	int n = 0;
	while (readdir_r(d, &buf, &res) == 0 && res) {
		T_ASSERT(res == &buf);
		n++;
	}
	T_EQ_INT(n, 7);
	T_ASSERT(res == 0);
	T_EQ_INT(closedir(d), 0);

	/* fdopendir takes the descriptor over and sets close-on-exec. */
	int fd = open("t", O_RDONLY | O_DIRECTORY);
	d = fdopendir(fd);
	T_ASSERT(d != 0);
	T_EQ_INT(dirfd(d), fd);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	n = 0;
	while (readdir(d))
		n++;
	T_EQ_INT(n, 7);
	T_EQ_INT(closedir(d), 0);
	T_EQ_INT(fcntl(fd, F_GETFD), -1);

	/* getdents64 (getdents in musl and rcc) sees the same records. */
	fd = open("t", O_RDONLY | O_DIRECTORY);
	char raw[4096] __attribute__((aligned(8)));
	int got = getdents64(fd, (struct dirent *)raw, sizeof raw);
	T_ASSERT(got > 0);
	n = 0;
	for (int off = 0; off < got; off += ((struct dirent *)(raw + off))->d_reclen)
		n++;
	T_EQ_INT(n, 7);
	T_EQ_INT(getdents64(fd, (struct dirent *)raw, sizeof raw), 0);
	T_EQ_INT(close(fd), 0);

	errno = 0;
	T_ASSERT(opendir("missing") == 0);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_ASSERT(opendir("t/a") == 0);
	T_EQ_INT(errno, ENOTDIR);
	fd = open("t/a", O_RDONLY);
	errno = 0;
	T_ASSERT(fdopendir(fd) == 0);
	T_EQ_INT(errno, ENOTDIR);
	T_EQ_INT(close(fd), 0);
	errno = 0;
	T_ASSERT(fdopendir(-1) == 0);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
