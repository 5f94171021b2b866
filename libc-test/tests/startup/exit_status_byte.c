// Only the low 8 bits of the status reach the parent.
// rcc-test: expect-exit=1
#include <stdlib.h>

int main(void)
{
	exit(257);
}
