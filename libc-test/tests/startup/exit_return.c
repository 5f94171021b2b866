// Returning from main is exit with that value.
// rcc-test: expect-exit=3
// rcc-test: expect-stdout=atexit\n
#include <stdlib.h>
#include <t.h>

static void handler(void) { t_puts("atexit\n"); }

int main(void)
{
	atexit(handler);
	return 3;
}
