// memccpy: stops after the first c, returns the byte after it, or NULL.
// rcc-test: cflags=-fno-builtin
#define _XOPEN_SOURCE 700
#include <string.h>
#include <t.h>

int main(void)
{
	char d[16];
	memset(d, '#', sizeof d);
	T_EQ_PTR(memccpy(d, "key=value", '=', 9), d + 4);
	T_EQ_MEM(d, "key=#", 5);
	memset(d, '#', sizeof d);
	T_EQ_PTR(memccpy(d, "abcdef", 'z', 4), NULL);
	T_EQ_MEM(d, "abcd#", 5);
	T_EQ_PTR(memccpy(d, "abc", 'a', 0), NULL);
	T_EQ_PTR(memccpy(d, "a\xe9z", 0xe9, 3), d + 2); /* c converted to unsigned char */
	T_EQ_PTR(memccpy(d, "a\xe9z", -23, 3), d + 2);
	T_EQ_PTR(memccpy(d, "ab\0cd", 0, 5), d + 3);
	return t_status();
}
