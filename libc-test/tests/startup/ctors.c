// Constructors run by ascending priority, then unprioritised ones, all before main;
// destructors run in the reverse order after main returns.
// rcc-test: expect-stdout=ctor101\nctor200\nctor\nmain\ndtor\ndtor200\ndtor101\n
#include <t.h>

static int order;

__attribute__((constructor)) static void ctor(void)
{
	t_puts("ctor\n");
	order = order * 10 + 3;
}
__attribute__((constructor(200))) static void ctor200(void)
{
	t_puts("ctor200\n");
	order = order * 10 + 2;
}
__attribute__((constructor(101))) static void ctor101(void)
{
	t_puts("ctor101\n");
	order = order * 10 + 1;
}
__attribute__((destructor(101))) static void dtor101(void) { t_puts("dtor101\n"); }
__attribute__((destructor)) static void dtor(void) { t_puts("dtor\n"); }
__attribute__((destructor(200))) static void dtor200(void) { t_puts("dtor200\n"); }

int main(void)
{
	T_EQ_INT(order, 123);
	t_puts("main\n");
	return t_status();
}
