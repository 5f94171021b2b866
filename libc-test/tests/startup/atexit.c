// atexit handlers run last-registered first; one registered by a running handler runs
// next; all of them run before destructors.
// rcc-test: expect-stdout=main\nh3\nh2\nh4\nh1\ndtor\n
#include <stdlib.h>
#include <t.h>

static void h1(void) { t_puts("h1\n"); }
static void h4(void) { t_puts("h4\n"); }
static void h2(void)
{
	t_puts("h2\n");
	if (atexit(h4) != 0)
		t_puts("atexit in handler failed\n");
}
static void h3(void) { t_puts("h3\n"); }

__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }

int main(void)
{
	T_EQ_INT(atexit(h1), 0);
	T_EQ_INT(atexit(h2), 0);
	T_EQ_INT(atexit(h3), 0);
	t_puts("main\n");
	return t_status();
}
