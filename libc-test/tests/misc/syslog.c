// openlog/syslog/closelog with LOG_PERROR (the copy on stderr), setlogmask.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include "t.h"

static int next_fd(void)
{
	int fd = open("/dev/null", O_RDONLY);
	close(fd);
	return fd;
}

int main(void)
{
	int p[2], saved = dup(2);
	char buf[256];
	T_EQ_INT(pipe(p), 0);
	T_EQ_INT(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	dup2(p[1], 2);
	int fd0 = next_fd();

	T_EQ_INT(setlogmask(0), 0xff);
	openlog("rcc-test", LOG_PERROR, LOG_USER);
	syslog(LOG_INFO, "hello %d %s", 42, "world");
	long n = read(p[0], buf, sizeof buf - 1);
	T_ASSERT(n > 0);
	buf[n > 0 ? n : 0] = 0;
	T_EQ_STR(buf, "rcc-test: hello 42 world\n");

	errno = ENOENT;
	syslog(LOG_ERR, "err=%m");
	n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	T_EQ_STR(buf, "rcc-test: err=No such file or directory\n");

	T_EQ_INT(setlogmask(LOG_UPTO(LOG_ERR)), 0xff);
	syslog(LOG_INFO, "masked");
	errno = 0;
	T_EQ_INT(read(p[0], buf, sizeof buf), -1);
	T_EQ_INT(errno, EAGAIN);
	syslog(LOG_CRIT, "ends with newline\n");
	n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	T_EQ_STR(buf, "rcc-test: ends with newline\n");
	T_EQ_INT(setlogmask(0), LOG_UPTO(LOG_ERR));
	closelog();

	dup2(saved, 2);
	close(saved);
	close(p[0]);
	close(p[1]);
	T_ASSERT(next_fd() <= fd0);
	return t_status();
}
