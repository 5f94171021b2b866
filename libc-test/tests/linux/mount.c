// mount, umount, umount2: errors are reported as the kernel gives them (EPERM without
// privilege; EINVAL or ENOENT with it).
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(mkdir("d", 0700), 0);
	errno = 0;
	T_EQ_INT(umount2("d", 0), -1);
	T_ASSERT(errno == EINVAL || errno == EPERM);
	errno = 0;
	T_EQ_INT(umount("d"), -1);
	T_ASSERT(errno == EINVAL || errno == EPERM);
	errno = 0;
	T_EQ_INT(umount2("d", 0x100), -1);
	T_ASSERT(errno == EINVAL || errno == EPERM);
	errno = 0;
	T_EQ_INT(mount("none", "missing", "tmpfs", 0, 0), -1);
	T_ASSERT(errno == ENOENT || errno == EPERM);
	errno = 0;
	T_EQ_INT(mount("none", "d", "no-such-fs-type", MS_NOSUID, 0), -1);
	T_ASSERT(errno == ENODEV || errno == EPERM);
	T_EQ_INT(MS_MGC_VAL, 0xc0ed0000);
	T_EQ_INT(rmdir("d"), 0);
	return t_status();
}
