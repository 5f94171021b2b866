// With no arguments argc is 1 and argv[1] is the terminating null pointer.
#include <t.h>

int main(int argc, char **argv)
{
	T_EQ_INT(argc, 1);
	T_ASSERT(argv[0] != 0);
	T_EQ_PTR(argv[1], 0);
	return t_status();
}
