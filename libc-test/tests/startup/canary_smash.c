// Overrunning a buffer in a protected frame is caught when the function returns.
// rcc-test: cflags=-fstack-protector-all
// rcc-test: expect-signal=SIGABRT|SIGSEGV
// rcc-test: expect-stdout=before\n
#include <t.h>

static volatile int overrun = 24;

__attribute__((noinline)) static void smash(void)
{
	char buf[8];
	/* The length is volatile so the compiler cannot see (or warn about) the overrun. */
	for (int i = 0; i < overrun; i++)
		buf[i] = 'A';
	__asm__ volatile("" : : "r"(buf) : "memory");
}

int main(void)
{
	t_puts("before\n");
	smash();
	t_puts("after\n");
	return 0;
}
