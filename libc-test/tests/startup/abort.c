// abort raises SIGABRT; atexit handlers and destructors do not run.
// rcc-test: expect-signal=SIGABRT
// rcc-test: expect-stdout=main\n
#include <stdlib.h>
#include <t.h>

static void handler(void) { t_puts("atexit\n"); }
__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }

int main(void)
{
	atexit(handler);
	t_puts("main\n");
	abort();
}
