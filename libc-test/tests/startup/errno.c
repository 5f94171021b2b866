// errno is a modifiable lvalue at a stable per-thread address, zero at startup, set by a
// failing call and left alone by a succeeding one.
#include <errno.h>
#include <t.h>

int *__errno_location(void);

int main(void)
{
	T_EQ_INT(errno, 0);
	T_EQ_PTR(__errno_location(), &errno);
	T_EQ_PTR(__errno_location(), __errno_location());

	T_EQ_INT(write(-1, "x", 1), -1);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(*__errno_location(), EBADF);

	errno = 12345;
	T_EQ_INT(write(1, "", 0), 0);
	T_EQ_INT(errno, 12345);

	errno = 0;
	T_EQ_INT(read(-5, 0, 0), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
