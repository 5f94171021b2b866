/* mkstemp family: name pattern, mode 0600/0700, O_EXCL uniqueness, EINVAL, flags. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "t.h"

static int name_ok(const char *t, const char *prefix, const char *suffix)
{
	unsigned long lp = t_len(prefix), ls = t_len(suffix), l = t_len(t);
	if (l != lp + 6 + ls || !t_memeq(t, prefix, lp) || !t_streq(t + lp + 6, suffix))
		return 0;
	for (unsigned long i = lp; i < lp + 6; i++)
		if (t[i] == '/' || t[i] == 0)
			return 0;
	return !t_memeq(t + lp, "XXXXXX", 6);
}

int main(void)
{
	umask(0);
	char a[] = "tmpa-XXXXXX", b[] = "tmpa-XXXXXX";
	int fa = mkstemp(a), fb = mkstemp(b);
	T_ASSERT(fa >= 0 && fb >= 0);
	T_ASSERT(name_ok(a, "tmpa-", ""));
	T_ASSERT(!t_streq(a, b));
	struct stat st;
	T_EQ_INT(fstat(fa, &st), 0);
	T_EQ_INT(st.st_mode & 07777, 0600);
	T_ASSERT(S_ISREG(st.st_mode));
	T_EQ_INT(write(fa, "hi", 2), 2);
	T_EQ_INT(lseek(fa, 0, SEEK_SET), 0);
	char buf[4];
	T_EQ_INT(read(fa, buf, 4), 2);
	T_EQ_INT(fcntl(fa, F_GETFD) & FD_CLOEXEC, 0);
	T_EQ_INT(stat(a, &st), 0);

	/* 50 more, all distinct files */
	for (int i = 0; i < 50; i++) {
		char t[] = "many-XXXXXX";
		int fd = mkstemp(t);
		T_ASSERT(fd >= 0);
		close(fd);
	}

	/* EINVAL: too few X, X not at the end, too short; template restored/unchanged */
	char bad1[] = "tmpXXXXX", bad2[] = "tmpXXXXXXa", bad3[] = "XXXX";
	errno = 0;
	T_EQ_INT(mkstemp(bad1), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_STR(bad1, "tmpXXXXX");
	errno = 0;
	T_EQ_INT(mkstemp(bad2), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(mkstemp(bad3), -1);
	T_EQ_INT(errno, EINVAL);

	/* a missing directory: ENOENT */
	char nodir[] = "no/such/dir/XXXXXX";
	errno = 0;
	T_EQ_INT(mkstemp(nodir), -1);
	T_EQ_INT(errno, ENOENT);

	/* mkostemp with O_CLOEXEC */
	char c[] = "tmpc-XXXXXX";
	int fc = mkostemp(c, O_CLOEXEC);
	T_ASSERT(fc >= 0);
	T_ASSERT(fcntl(fc, F_GETFD) & FD_CLOEXEC);
	T_EQ_INT(fcntl(fc, F_GETFL) & O_ACCMODE, O_RDWR);

	/* mkstemps / mkostemps keep the suffix */
	char d[] = "tmpd-XXXXXX.txt";
	int fd = mkstemps(d, 4);
	T_ASSERT(fd >= 0);
	T_ASSERT(name_ok(d, "tmpd-", ".txt"));
	char e[] = "tmpe-XXXXXXsuf";
	int fe = mkostemps(e, 3, O_APPEND);
	T_ASSERT(fe >= 0);
	T_ASSERT(name_ok(e, "tmpe-", "suf"));
	T_ASSERT(fcntl(fe, F_GETFL) & O_APPEND);
	char f[] = "tmpf-XXXXXX.txt";
	errno = 0;
	T_EQ_INT(mkstemps(f, 3), -1);
	T_EQ_INT(errno, EINVAL);

	/* mkdtemp: a 0700 directory */
	char dir[] = "dir-XXXXXX";
	T_EQ_PTR(mkdtemp(dir), dir);
	T_ASSERT(name_ok(dir, "dir-", ""));
	T_EQ_INT(stat(dir, &st), 0);
	T_ASSERT(S_ISDIR(st.st_mode));
	T_EQ_INT(st.st_mode & 07777, 0700);
	char baddir[] = "dir-XXXXX";
	errno = 0;
	T_ASSERT(mkdtemp(baddir) == 0);
	T_EQ_INT(errno, EINVAL);

	/* mktemp: a name that does not exist; EINVAL empties the template */
	char m[] = "mkt-XXXXXX";
	T_EQ_PTR(mktemp(m), m);
	T_ASSERT(name_ok(m, "mkt-", ""));
	errno = 0;
	T_EQ_INT(stat(m, &st), -1);
	T_EQ_INT(errno, ENOENT);
	char mbad[] = "mkt-XXX";
	errno = 0;
	T_EQ_PTR(mktemp(mbad), mbad);
	T_EQ_INT(mbad[0], 0);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
