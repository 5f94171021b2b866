/* startup.c: the smallest useful program.  `cargo xtask bench` spawns it (static and
 * dynamic, per libc) many times and reports the time of one fork+exec+wait. */
#include <unistd.h>

int main(void)
{
	static const char msg[] = "hello\n";
	return write(1, msg, sizeof msg - 1) == (ssize_t)(sizeof msg - 1) ? 0 : 1;
}
