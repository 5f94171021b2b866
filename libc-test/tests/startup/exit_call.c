// exit runs atexit handlers, then destructors, and exits with its argument; code after it
// never runs.
// rcc-test: expect-exit=42
// rcc-test: expect-stdout=atexit\ndtor\n
#include <stdlib.h>
#include <t.h>

static void handler(void) { t_puts("atexit\n"); }
__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }

__attribute__((noinline)) static void leave(int status)
{
	exit(status);
	t_puts("returned from exit\n");
}

int main(void)
{
	atexit(handler);
	leave(42);
	t_puts("after exit\n");
	return 0;
}
