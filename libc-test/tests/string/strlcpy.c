// strlcpy strlcat: return values, truncation, termination (glibc has them from 2.38).
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

int main(void)
{
	char buf[8];

	memset(buf, '#', sizeof buf);
	T_EQ_INT(strlcpy(buf, "hello world", sizeof buf), 11);
	T_EQ_MEM(buf, "hello w", 8);
	T_EQ_INT(strlcpy(buf, "hi", sizeof buf), 2);
	T_EQ_MEM(buf, "hi\0lo w", 8);
	T_EQ_INT(strlcpy(buf, "", sizeof buf), 0);
	T_EQ_INT(buf[0], 0);
	buf[0] = '#';
	T_EQ_INT(strlcpy(buf, "abc", 0), 3); /* size 0: nothing written */
	T_EQ_INT(buf[0], '#');
	T_EQ_INT(strlcpy(buf, "abc", 1), 3);
	T_EQ_INT(buf[0], 0);
	T_EQ_INT(strlcpy(buf, "1234567", 8), 7); /* exactly fits */
	T_EQ_STR(buf, "1234567");

	buf[0] = 0;
	T_EQ_INT(strlcat(buf, "abc", sizeof buf), 3);
	T_EQ_INT(strlcat(buf, "de", sizeof buf), 5);
	T_EQ_STR(buf, "abcde");
	T_EQ_INT(strlcat(buf, "fghij", sizeof buf), 10);
	T_EQ_STR(buf, "abcdefg");
	/* No terminator within size: result is size + strlen(src), nothing written. */
	T_EQ_INT(strlcat(buf, "xy", 3), 5);
	T_EQ_MEM(buf, "abcdefg", 8);
	T_EQ_INT(strlcat(buf, "xy", 0), 2);

	return t_status();
}
