// The standard descriptors are open at startup: stdin carries what the runner feeds it.
// rcc-test: stdin=line one\nline two\n
// rcc-test: expect-stdout=got 18\n
#include <t.h>

int main(void)
{
	char buf[64];
	long total = 0, n;
	while ((n = read(0, buf + total, sizeof buf - total)) > 0)
		total += n;
	T_EQ_INT(n, 0);
	T_EQ_INT(total, 18);
	T_EQ_MEM(buf, "line one\nline two\n", 18);
	t_puts("got ");
	t_putnum(total);
	t_puts("\n");
	return t_status();
}
