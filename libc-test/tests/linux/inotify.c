// inotify: IN_CREATE/IN_MODIFY/IN_DELETE events with names for files in a watched
// directory, IN_IGNORED after inotify_rm_watch, errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <t.h>

static char buf[4096] __attribute__((aligned(8)));

/* Reads one batch and returns the first event (the kernel merges nothing here). */
static struct inotify_event *next_event(int fd, long *len, long *off)
{
	if (*off >= *len) {
		*len = read(fd, buf, sizeof buf);
		*off = 0;
		if (*len <= 0)
			return 0;
	}
	struct inotify_event *e = (struct inotify_event *)(buf + *off);
	*off += sizeof *e + e->len;
	return e;
}

int main(void)
{
	T_EQ_INT(mkdir("d", 0700), 0);
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	int wd = inotify_add_watch(fd, "d", IN_CREATE | IN_MODIFY | IN_DELETE);
	T_ASSERT(wd >= 0);
	/* Adding the same path again returns the same watch. */
	T_EQ_INT(inotify_add_watch(fd, "d", IN_CREATE | IN_MODIFY | IN_DELETE), wd);

	errno = 0;
	T_EQ_INT(read(fd, buf, sizeof buf), -1);
	T_EQ_INT(errno, EAGAIN);

	int f = open("d/file", O_WRONLY | O_CREAT, 0600);
	T_ASSERT(f >= 0);
	T_EQ_INT(write(f, "hi", 2), 2);
	T_EQ_INT(close(f), 0);
	T_EQ_INT(unlink("d/file"), 0);

	long len = 0, off = 0;
	struct inotify_event *e = next_event(fd, &len, &off);
	T_ASSERT(e != 0);
	if (e) {
		T_EQ_INT(e->wd, wd);
		T_EQ_INT(e->mask, IN_CREATE);
		T_EQ_STR(e->name, "file");
	}
	e = next_event(fd, &len, &off);
	T_ASSERT(e && e->mask == IN_MODIFY);
	e = next_event(fd, &len, &off);
	T_ASSERT(e && e->mask == IN_DELETE);
	if (e)
		T_EQ_STR(e->name, "file");

	T_EQ_INT(inotify_rm_watch(fd, wd), 0);
	len = off = 0;
	e = next_event(fd, &len, &off);
	T_ASSERT(e && e->mask == IN_IGNORED && e->len == 0);
	errno = 0;
	T_EQ_INT(inotify_rm_watch(fd, wd), -1);
	T_EQ_INT(errno, EINVAL);

	errno = 0;
	T_EQ_INT(inotify_add_watch(fd, "missing", IN_ALL_EVENTS), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(inotify_add_watch(fd, "d", 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(inotify_init1(1), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(fd), 0);
	int g = inotify_init();
	T_ASSERT(g >= 0);
	T_EQ_INT(fcntl(g, F_GETFD), 0);
	T_EQ_INT(close(g), 0);
	T_EQ_INT(rmdir("d"), 0);
	return t_status();
}
