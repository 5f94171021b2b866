// The stack-protector canary at %fs:0x28 is set up before main and stays put.
// rcc-test: cflags=-fstack-protector-all
#include <t.h>

static unsigned long read_canary(void)
{
	unsigned long v;
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(v));
	return v;
}

/* A frame with a buffer, so -fstack-protector-all checks the canary on return. */
__attribute__((noinline)) static unsigned long in_protected_frame(void)
{
	char buf[32];
	__asm__ volatile("" : : "r"(buf) : "memory");
	return read_canary();
}

int main(void)
{
	unsigned long c = read_canary();
	T_ASSERT(c != 0);
	/* At least 6 bytes of it carry entropy; a constant like 0xff0a0000 would be useless. */
	T_ASSERT((c >> 16) != 0);
	T_EQ_INT(in_protected_frame(), c);
	T_EQ_INT(read_canary(), c);
	return t_status();
}
