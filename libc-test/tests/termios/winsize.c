// tcgetwinsize/tcsetwinsize (POSIX.1-2024): the size round-trips through a pty and
// matches TIOCGWINSZ; errno on a non-terminal and a bad descriptor.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <t.h>

int main(void)
{
	int m, s;
	struct winsize ws = { 24, 80, 0, 0 };
	T_EQ_INT(openpty(&m, &s, NULL, NULL, &ws), 0);
	struct winsize got = { 0, 0, 0, 0 };
	T_EQ_INT(tcgetwinsize(s, &got), 0);
	T_EQ_INT(got.ws_row, 24);
	T_EQ_INT(got.ws_col, 80);

	struct winsize set = { 50, 132, 1056, 800 };
	T_EQ_INT(tcsetwinsize(m, &set), 0);
	T_EQ_INT(ioctl(s, TIOCGWINSZ, &got), 0);
	T_EQ_INT(got.ws_row, 50);
	T_EQ_INT(got.ws_col, 132);
	T_EQ_INT(got.ws_xpixel, 1056);
	T_EQ_INT(got.ws_ypixel, 800);
	T_EQ_INT(tcgetwinsize(m, &got), 0);
	T_EQ_INT(got.ws_ypixel, 800);

	int f = open("/dev/null", O_RDONLY);
	errno = 0;
	T_EQ_INT(tcgetwinsize(f, &got), -1);
	T_EQ_INT(errno, ENOTTY);
	errno = 0;
	T_EQ_INT(tcsetwinsize(f, &set), -1);
	T_EQ_INT(errno, ENOTTY);
	errno = 0;
	T_EQ_INT(tcgetwinsize(-1, &got), -1);
	T_EQ_INT(errno, EBADF);
	close(f);
	close(s);
	close(m);
	return t_status();
}
