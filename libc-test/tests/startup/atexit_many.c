// Far more atexit registrations than C's minimum of 32 all succeed and all run, the
// first-registered handler last.
// rcc-test: expect-stdout=199\n
#include <stdlib.h>
#include <t.h>

static int calls;

static void handler(void) { calls++; }

static void first(void)
{
	t_putnum(calls);
	t_puts("\n");
}

int main(void)
{
	T_EQ_INT(atexit(first), 0);
	for (int i = 0; i < 199; i++)
		T_EQ_INT(atexit(handler), 0);
	return t_status();
}
