// posix_openpt, grantpt, unlockpt, ptsname, ptsname_r: the slave opens once unlocked
// and its name matches; forkpty and login_tty give a child the slave as its terminal.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <t.h>

int login_tty(int);

int main(void)
{
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	T_ASSERT(m >= 0);
	T_EQ_INT(grantpt(m), 0);
	char *n = ptsname(m);
	T_ASSERT(n && !strncmp(n, "/dev/pts/", 9));
	char copy[64];
	strcpy(copy, n ? n : "");
	/* Locked until unlockpt. */
	errno = 0;
	T_EQ_INT(open(copy, O_RDWR | O_NOCTTY), -1);
	T_EQ_INT(errno, EIO);
	T_EQ_INT(unlockpt(m), 0);
	int s = open(copy, O_RDWR | O_NOCTTY);
	T_ASSERT(s >= 0);
	T_EQ_STR(ttyname(s), copy);

	char buf[64];
	T_EQ_INT(ptsname_r(m, buf, sizeof buf), 0);
	T_EQ_STR(buf, copy);
	T_EQ_INT(ptsname_r(m, buf, 5), ERANGE);
	int p[2];
	T_EQ_INT(pipe(p), 0);
	errno = 0;
	T_ASSERT(ptsname(p[0]) == 0);
	T_EQ_INT(errno, ENOTTY);
	T_EQ_INT(ptsname_r(p[0], buf, sizeof buf), ENOTTY);
	errno = 0;
	T_EQ_INT(unlockpt(p[0]), -1);
	T_ASSERT(errno == ENOTTY || errno == EINVAL);
	T_EQ_INT(close(s), 0);
	T_EQ_INT(close(m), 0);

	/* forkpty: the child's stdout is the slave, and it leads its own session. */
	int master;
	pid_t pid = forkpty(&master, 0, 0, 0);
	T_ASSERT(pid >= 0);
	if (pid == 0) {
		if (getsid(0) != getpid() || tcgetsid(1) != getpid() || !isatty(0))
			_exit(3);
		write(1, "child", 5);
		_exit(0);
	}
	char out[16];
	long r = read(master, out, sizeof out);
	T_EQ_INT(r, 5);
	T_EQ_MEM(out, "child", 5);
	int st;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T_EQ_INT(close(master), 0);

	/* login_tty in a child on a pty from openpty. */
	int ms, ss;
	T_EQ_INT(openpty(&ms, &ss, 0, 0, 0), 0);
	pid = fork();
	if (pid == 0) {
		close(ms);
		if (login_tty(ss) != 0 || tcgetsid(0) != getpid())
			_exit(4);
		_exit(fcntl(ss, F_GETFD) == -1 ? 0 : 5);
	}
	T_EQ_INT(close(ss), 0);
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T_EQ_INT(close(ms), 0);
	/* Failing login_tty: a pipe is no terminal. */
	errno = 0;
	pid = fork();
	if (pid == 0)
		_exit(login_tty(p[1]) == -1 && errno == ENOTTY ? 0 : 6);
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return t_status();
}
