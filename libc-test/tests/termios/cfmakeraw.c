// cfmakeraw clears exactly the input/output/local processing bits and sets CS8,
// VMIN 1, VTIME 0; speeds round trip through cfset*speed/cfget*speed.
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <termios.h>
#include <t.h>

int main(void)
{
	struct termios t;
	memset(&t, 0, sizeof t);
	t.c_iflag = ~0u;
	t.c_oflag = ~0u;
	t.c_lflag = ~0u;
	t.c_cflag = PARENB | CS7 | CREAD | B38400;
	t.c_cc[VMIN] = 9;
	t.c_cc[VTIME] = 9;
	cfmakeraw(&t);
	T_EQ_INT(t.c_iflag & (IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON), 0);
	T_ASSERT(t.c_iflag & IXOFF); /* untouched */
	T_EQ_INT(t.c_oflag & OPOST, 0);
	T_ASSERT(t.c_oflag & ONLCR);
	T_EQ_INT(t.c_lflag & (ECHO | ECHONL | ICANON | ISIG | IEXTEN), 0);
	T_ASSERT(t.c_lflag & TOSTOP);
	T_EQ_INT(t.c_cflag & CSIZE, CS8);
	T_EQ_INT(t.c_cflag & PARENB, 0);
	T_ASSERT(t.c_cflag & CREAD);
	T_EQ_INT(t.c_cc[VMIN], 1);
	T_EQ_INT(t.c_cc[VTIME], 0);
	T_EQ_INT(cfgetospeed(&t), B38400);

	T_EQ_INT(cfsetspeed(&t, B115200), 0);
	T_EQ_INT(cfgetospeed(&t), B115200);
	T_EQ_INT(cfgetispeed(&t), B115200);
	T_EQ_INT(cfsetospeed(&t, B0), 0);
	T_EQ_INT(cfgetospeed(&t), B0);
	T_EQ_INT(NCCS, 32);
	T_EQ_INT(B9600, 015);
	return t_status();
}
