// strings.h: bcmp bzero bcopy.
// rcc-test: cflags=-fno-builtin
#define _DEFAULT_SOURCE
#include <string.h>
#include <strings.h>
#include <t.h>

int main(void)
{
	char buf[16];

	T_EQ_INT(bcmp("abc", "abc", 3), 0);
	T_ASSERT(bcmp("abc", "abd", 3) != 0);
	T_ASSERT(bcmp("\x80", "\x00", 1) != 0);
	T_EQ_INT(bcmp("abc", "xyz", 0), 0);

	memset(buf, 'x', sizeof buf);
	bzero(buf + 2, 5);
	T_EQ_MEM(buf, "xx\0\0\0\0\0xx", 9);
	bzero(buf, 0);
	T_EQ_INT(buf[0], 'x');

	/* bcopy takes (src, dst) and handles overlap like memmove. */
	memcpy(buf, "0123456789", 11);
	bcopy(buf, buf + 2, 5);
	T_EQ_STR(buf, "0101234789");
	memcpy(buf, "0123456789", 11);
	bcopy(buf + 3, buf, 5);
	T_EQ_STR(buf, "3456756789");
	bcopy("zz", buf, 0);
	T_EQ_INT(buf[0], '3');
	return t_status();
}
