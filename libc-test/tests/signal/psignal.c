/* psignal and psiginfo write "msg: description\n" to standard error. */
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	char buf[256];
	long n;
	siginfo_t si = {0};
	int fd;

	close(2);
	fd = open("err.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
	T_EQ_INT(fd, 2);
	psignal(SIGINT, "here");
	psignal(SIGSEGV, 0);
	si.si_signo = SIGTERM;
	psiginfo(&si, "info");
	lseek(fd, 0, SEEK_SET);
	n = read(fd, buf, sizeof buf - 1);
	T_ASSERT(n > 0);
	buf[n > 0 ? n : 0] = 0;
	/* glibc's psiginfo appends details about the sender; both start the same way. */
	T_ASSERT(n > 51);
	buf[51] = 0;
	T_EQ_STR(buf, "here: Interrupt\nSegmentation fault\ninfo: Terminated");
	return t_status();
}
