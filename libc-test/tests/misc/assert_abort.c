// assert(0) in the main program ends it with SIGABRT and nothing on stdout.
// rcc-test: expect-signal=SIGABRT
// rcc-test: expect-stdout=
#include <assert.h>
#include <t.h>

int main(int argc, char **argv)
{
	(void)argv;
	assert(argc == 0);
	t_puts("not reached\n");
	return t_status();
}
