// statvfs/fstatvfs and statfs/fstatfs of the scratch directory: sane, consistent values;
// errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <t.h>

int main(void)
{
	struct statvfs v, fv;
	T_EQ_INT(statvfs(".", &v), 0);
	T_ASSERT(v.f_bsize > 0);
	T_ASSERT(v.f_frsize > 0);
	T_ASSERT(v.f_blocks > 0);
	T_ASSERT(v.f_bfree <= v.f_blocks);
	T_ASSERT(v.f_bavail <= v.f_bfree);
	T_ASSERT(v.f_ffree <= v.f_files);
	T_EQ_INT(v.f_favail, v.f_ffree);
	T_ASSERT(v.f_namemax >= 14);
	T_ASSERT(!(v.f_flag & ST_RDONLY));

	int fd = open(".", O_RDONLY | O_DIRECTORY);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fstatvfs(fd, &fv), 0);
	T_EQ_INT(fv.f_bsize, v.f_bsize);
	T_EQ_INT(fv.f_blocks, v.f_blocks);
	T_EQ_INT(fv.f_fsid, v.f_fsid);
	T_EQ_INT(fv.f_namemax, v.f_namemax);

	struct statfs s, fs;
	T_EQ_INT(statfs(".", &s), 0);
	T_EQ_INT(fstatfs(fd, &fs), 0);
	T_ASSERT(s.f_type != 0);
	T_EQ_INT(s.f_type, fs.f_type);
	T_EQ_INT(s.f_blocks, v.f_blocks);
	T_EQ_INT(s.f_namelen, v.f_namemax);
	T_EQ_INT((unsigned)s.f_fsid.__val[0], (unsigned)v.f_fsid);

	/* /proc is mounted read-only-ish differently; just check it answers. */
	T_EQ_INT(statvfs("/proc", &v), 0);

	errno = 0;
	T_EQ_INT(statvfs("missing/x", &v), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(fstatvfs(-1, &v), -1);
	T_EQ_INT(errno, EBADF);
	errno = 0;
	T_EQ_INT(statfs("", &s), -1);
	T_EQ_INT(errno, ENOENT);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
