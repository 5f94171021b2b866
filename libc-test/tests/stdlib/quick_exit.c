// rcc-test: expect-exit=7
// rcc-test: expect-stdout=c\nb\na\n
/* quick_exit runs at_quick_exit handlers newest first, not atexit handlers, then exits. */
#include <stdlib.h>
#include "t.h"

static void a(void) { t_puts("a\n"); }
static void b(void) { t_puts("b\n"); }
static void c(void) { t_puts("c\n"); }
static void never(void) { t_puts("atexit ran\n"); }

int main(void)
{
	T_EQ_INT(atexit(never), 0);
	T_EQ_INT(at_quick_exit(a), 0);
	T_EQ_INT(at_quick_exit(b), 0);
	T_EQ_INT(at_quick_exit(c), 0);
	if (t_status())
		return 1;
	quick_exit(7);
}
