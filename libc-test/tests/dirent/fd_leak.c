// No descriptor leaks: the /proc/self/fd count is the same before and after loops of
// opendir/readdir/closedir, scandir, failed opendir, and nftw.
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <t.h>

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;
	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static int visit(const char *p, const struct stat *st, int type, struct FTW *f)
{
	(void)p; (void)st; (void)type; (void)f;
	return 0;
}

int main(void)
{
	T_EQ_INT(mkdir("t", 0700), 0);
	T_EQ_INT(mkdir("t/sub", 0700), 0);
	T_EQ_INT(close(open("t/sub/f", O_CREAT | O_WRONLY, 0600)), 0);
	int before = count_fds();
	T_ASSERT(before > 0);
	for (int i = 0; i < 200; i++) {
		DIR *d = opendir("t");
		T_ASSERT(d != 0);
		while (readdir(d))
			;
		T_EQ_INT(closedir(d), 0);
		T_ASSERT(opendir("t/sub/f") == 0);
		T_ASSERT(opendir("nope") == 0);
	}
	for (int i = 0; i < 20; i++) {
		struct dirent **l;
		int n = scandir("t", &l, 0, alphasort);
		T_EQ_INT(n, 3);
		while (n-- > 0)
			free(l[n]);
		free(l);
		T_EQ_INT(nftw("t", visit, 4, FTW_PHYS), 0);
		T_EQ_INT(nftw("t", visit, 1, FTW_DEPTH), 0);
	}
	T_EQ_INT(count_fds(), before);
	return t_status();
}
