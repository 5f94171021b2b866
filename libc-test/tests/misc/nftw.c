// nftw and ftw over a tree we build: pre-order by default, post-order with FTW_DEPTH,
// symbolic links as FTW_SL with FTW_PHYS and followed without, FTW_SLN for a dangling
// link, struct FTW base/level, early stop with the callback's value, errors.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <string.h>
#include <sys/stat.h>
#include <t.h>

static char trail[1024];
static int calls;

static void add(const char *s)
{
	strcat(trail, s);
}

static int rec(const char *p, const struct stat *st, int type, struct FTW *f)
{
	char tag[8] = { 0 };
	switch (type) {
	case FTW_F: tag[0] = 'F'; break;
	case FTW_D: tag[0] = 'D'; break;
	case FTW_DNR: tag[0] = 'N'; break;
	case FTW_NS: tag[0] = 'S'; break;
	case FTW_SL: tag[0] = 'L'; break;
	case FTW_DP: tag[0] = 'P'; break;
	case FTW_SLN: tag[0] = 'Y'; break;
	default: tag[0] = '?';
	}
	tag[1] = '0' + f->level;
	tag[2] = ':';
	add(tag);
	add(p + f->base);
	add(" ");
	if (type == FTW_F)
		T_EQ_INT(st->st_size, 3);
	calls++;
	return 0;
}

static int stop_at_b(const char *p, const struct stat *st, int type, struct FTW *f)
{
	(void)st; (void)type;
	return strcmp(p + f->base, "b") == 0 ? 42 : 0;
}

static int old_style(const char *p, const struct stat *st, int type)
{
	(void)p; (void)st;
	calls++;
	return type == FTW_SL ? 0 : 0;
}

/* Entries come in directory order, which is not sorted: check membership and the
 * parent/child order instead of an exact string. */
static int before(const char *a, const char *b)
{
	char *x = strstr(trail, a), *y = strstr(trail, b);
	return x && y && x < y;
}

int main(void)
{
	T_EQ_INT(mkdir("r", 0700), 0);
	T_EQ_INT(mkdir("r/d", 0700), 0);
	int fd = open("r/d/b", O_CREAT | O_WRONLY, 0600);
	T_EQ_INT(write(fd, "xyz", 3), 3);
	T_EQ_INT(close(fd), 0);
	T_EQ_INT(symlink("d/b", "r/l"), 0);
	T_EQ_INT(symlink("nowhere", "r/dangling"), 0);

	T_EQ_INT(nftw("r", rec, 8, FTW_PHYS), 0);
	T_EQ_INT(calls, 5);
	T_ASSERT(strstr(trail, "D0:r ") == trail);
	T_ASSERT(strstr(trail, "D1:d ") != 0);
	T_ASSERT(strstr(trail, "F2:b ") != 0);
	T_ASSERT(strstr(trail, "L1:l ") != 0);
	T_ASSERT(strstr(trail, "L1:dangling ") != 0);
	T_ASSERT(before("D1:d ", "F2:b "));

	trail[0] = 0;
	calls = 0;
	T_EQ_INT(nftw("r", rec, 8, FTW_PHYS | FTW_DEPTH), 0);
	T_EQ_INT(calls, 5);
	T_ASSERT(strstr(trail, "P0:r ") != 0);
	T_EQ_INT(strlen(strstr(trail, "P0:r ")), 5);
	T_ASSERT(before("F2:b ", "P1:d "));

	/* Following links: l is the file, dangling is FTW_SLN. */
	trail[0] = 0;
	calls = 0;
	T_EQ_INT(nftw("r/", rec, 8, 0), 0);
	T_EQ_INT(calls, 5);
	T_ASSERT(strstr(trail, "F1:l ") != 0);
	T_ASSERT(strstr(trail, "Y1:dangling ") != 0);

	/* A non-zero callback value stops the walk and is returned. */
	T_EQ_INT(nftw("r", stop_at_b, 8, FTW_PHYS), 42);

	calls = 0;
	T_EQ_INT(ftw("r", old_style, 8), 0);
	T_EQ_INT(calls, 5);

	/* A single file is visited alone. */
	trail[0] = 0;
	calls = 0;
	T_EQ_INT(nftw("r/d/b", rec, 8, 0), 0);
	T_EQ_STR(trail, "F0:b ");

	errno = 0;
	T_EQ_INT(nftw("missing", rec, 8, 0), -1);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
