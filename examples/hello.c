/* The demo program: built by `cargo xtask demo` with rcc-wrapper, musl-gcc and cc. */
#include <string.h>
#include <unistd.h>

int main(void)
{
	static const char msg[] = "Hello from rcc!\n";
	return write(1, msg, strlen(msg)) == (ssize_t)strlen(msg) ? 0 : 1;
}
