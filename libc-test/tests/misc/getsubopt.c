/* getsubopt: the POSIX example's option syntax, values, unknown and empty options. */
#include <stdlib.h>
#include "t.h"

int main(void)
{
	char *const keys[] = {"ro", "rw", "rsize", "wsize", 0};
	char buf[] = "ro,rsize=512,bogus=1,wsize=,,rw";
	char *opt = buf, *val;

	T_EQ_INT(getsubopt(&opt, keys, &val), 0);
	T_ASSERT(val == 0);
	T_EQ_PTR(opt, buf + 3);
	T_EQ_INT(getsubopt(&opt, keys, &val), 2);
	T_EQ_STR(val, "512");
	T_EQ_INT(getsubopt(&opt, keys, &val), -1);
#ifdef __GLIBC__
	T_EQ_STR(val, "bogus=1");
#else
	T_ASSERT(val == 0);
#endif
	T_EQ_INT(getsubopt(&opt, keys, &val), 3);
	T_EQ_STR(val, "");
	T_EQ_INT(getsubopt(&opt, keys, &val), -1);
	T_EQ_INT(getsubopt(&opt, keys, &val), 1);
	T_ASSERT(val == 0);
	T_EQ_INT(*opt, 0);
	T_EQ_PTR(opt, buf + sizeof buf - 1);

	/* a key is matched whole: "r" and "rsizex" are unknown */
	char b2[] = "r,rsizex=1,rsize";
	opt = b2;
	T_EQ_INT(getsubopt(&opt, keys, &val), -1);
	T_EQ_INT(getsubopt(&opt, keys, &val), -1);
	T_EQ_INT(getsubopt(&opt, keys, &val), 2);
	T_ASSERT(val == 0);
	return t_status();
}
