// _Exit and _exit end the process at once: no atexit handlers, no destructors.
// rcc-test: expect-exit=7
// rcc-test: expect-stdout=main\n
#include <stdlib.h>
#include <t.h>

static void handler(void) { t_puts("atexit\n"); }
__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }

int main(void)
{
	atexit(handler);
	t_puts("main\n");
	_Exit(7);
}
