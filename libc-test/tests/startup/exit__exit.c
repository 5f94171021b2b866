// _exit (unistd.h) skips atexit handlers and destructors like _Exit.
// rcc-test: expect-exit=9
// rcc-test: expect-stdout=
#include <stdlib.h>
#include <t.h>

static void handler(void) { t_puts("atexit\n"); }
__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }

int main(void)
{
	atexit(handler);
	_exit(9);
}
