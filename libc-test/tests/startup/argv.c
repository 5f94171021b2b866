// argc/argv as the kernel passed them, through crt1 and the libc start routine.
// rcc-test: args=alpha beta gamma-delta
#include <t.h>

int main(int argc, char **argv)
{
	T_EQ_INT(argc, 4);
	T_ASSERT(argv[0] != 0);
	if (argv[0])
		T_ASSERT(argv[0][0] != '\0');
	T_EQ_STR(argv[1], "alpha");
	T_EQ_STR(argv[2], "beta");
	T_EQ_STR(argv[3], "gamma-delta");
	T_EQ_PTR(argv[argc], 0);
	return t_status();
}
