// openpty: a master/slave pair whose slave is a terminal; tcgetattr/tcsetattr with each
// action, speeds, window size, data through the line discipline, tcflush/tcdrain/tcflow,
// tcgetsid on a non-controlling terminal; errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(sizeof(struct termios), 60);
	int m, s;
	char name[64];
	struct winsize ws = { 24, 80, 0, 0 };
	T_EQ_INT(openpty(&m, &s, name, NULL, &ws), 0);
	T_ASSERT(!strncmp(name, "/dev/pts/", 9));
	T_ASSERT(isatty(s));
	T_EQ_STR(ttyname(s), name);
	struct winsize got;
	T_EQ_INT(ioctl(s, TIOCGWINSZ, &got), 0);
	T_EQ_INT(got.ws_row, 24);
	T_EQ_INT(got.ws_col, 80);

	struct termios t;
	T_EQ_INT(tcgetattr(s, &t), 0);
	/* A fresh pty is canonical with echo. */
	T_ASSERT(t.c_lflag & ICANON);
	T_ASSERT(t.c_lflag & ECHO);
	T_EQ_INT(cfgetospeed(&t), cfgetispeed(&t));

	T_EQ_INT(cfsetospeed(&t, B9600), 0);
	T_EQ_INT(cfsetispeed(&t, 0), 0);
	T_EQ_INT(cfgetospeed(&t), B9600);
	t.c_lflag &= ~ECHO;
	T_EQ_INT(tcsetattr(s, TCSANOW, &t), 0);
	struct termios u;
	T_EQ_INT(tcgetattr(s, &u), 0);
	T_ASSERT(!(u.c_lflag & ECHO));
	T_EQ_INT(cfgetospeed(&u), B9600);
	T_EQ_INT(tcsetattr(s, TCSADRAIN, &t), 0);
	T_EQ_INT(tcsetattr(s, TCSAFLUSH, &t), 0);
	errno = 0;
	T_EQ_INT(tcsetattr(s, 3, &t), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(cfsetospeed(&t, 12345), -1);
	T_EQ_INT(errno, EINVAL);

	/* A line typed on the master is read from the slave when it ends. */
	T_EQ_INT(write(m, "hello\n", 6), 6);
	char buf[16];
	T_EQ_INT(read(s, buf, sizeof buf), 6);
	T_EQ_MEM(buf, "hello\n", 6);
	/* Unread input is discarded by tcflush. */
	T_EQ_INT(write(m, "junk\n", 5), 5);
	T_EQ_INT(tcdrain(s), 0);
	usleep(10000);
	T_EQ_INT(tcflush(s, TCIFLUSH), 0);
	int avail = -1;
	T_EQ_INT(ioctl(s, FIONREAD, &avail), 0);
	T_EQ_INT(avail, 0);
	T_EQ_INT(tcflow(s, TCOOFF), 0);
	T_EQ_INT(tcflow(s, TCOON), 0);
	T_EQ_INT(tcsendbreak(s, 0), 0);
	errno = 0;
	T_EQ_INT(tcflush(s, 7), -1);
	T_EQ_INT(errno, EINVAL);

	/* Not our controlling terminal. */
	errno = 0;
	T_EQ_INT(tcgetsid(s), -1);
	T_EQ_INT(errno, ENOTTY);

	/* Not a terminal at all. */
	int p[2];
	T_EQ_INT(pipe(p), 0);
	errno = 0;
	T_EQ_INT(tcgetattr(p[0], &t), -1);
	T_EQ_INT(errno, ENOTTY);
	errno = 0;
	T_EQ_INT(tcdrain(-1), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(close(m), 0);
	T_EQ_INT(close(s), 0);
	return t_status();
}
