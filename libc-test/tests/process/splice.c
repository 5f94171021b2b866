// sendfile file->pipe, copy_file_range file->file, splice pipe->file, tee pipe->pipe,
// vmsplice into a pipe.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <t.h>

int main(void)
{
	int f = open("src", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_ASSERT(f >= 0);
	T_EQ_INT(write(f, "0123456789", 10), 10);
	int p[2];
	T_EQ_INT(pipe(p), 0);
	off_t off = 2;
	T_EQ_INT(sendfile(p[1], f, &off, 5), 5);
	T_EQ_INT(off, 7);
	char buf[16];
	T_EQ_INT(read(p[0], buf, sizeof buf), 5);
	T_EQ_MEM(buf, "23456", 5);

	int g = open("dst", O_RDWR | O_CREAT | O_TRUNC, 0600);
	off_t in = 1, out = 0;
	T_EQ_INT(copy_file_range(f, &in, g, &out, 4, 0), 4);
	T_EQ_INT(in, 5);
	T_EQ_INT(pread(g, buf, sizeof buf, 0), 4);
	T_EQ_MEM(buf, "1234", 4);

	T_EQ_INT(write(p[1], "spl", 3), 3);
	int q[2];
	T_EQ_INT(pipe(q), 0);
	T_EQ_INT(tee(p[0], q[1], 3, 0), 3);
	T_EQ_INT(read(q[0], buf, sizeof buf), 3);
	T_EQ_MEM(buf, "spl", 3);
	off_t o = 0;
	T_EQ_INT(splice(p[0], 0, g, &o, 3, 0), 3);
	T_EQ_INT(pread(g, buf, 4, 0), 4);
	T_EQ_MEM(buf, "spl4", 4);

	struct iovec iov = {"vm", 2};
	T_EQ_INT(vmsplice(p[1], &iov, 1, 0), 2);
	T_EQ_INT(read(p[0], buf, sizeof buf), 2);
	T_EQ_MEM(buf, "vm", 2);
	errno = 0;
	T_EQ_INT(splice(f, 0, g, 0, 3, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sendfile(p[1], 99, 0, 1), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
