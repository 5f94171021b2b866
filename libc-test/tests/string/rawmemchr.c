// rawmemchr (glibc extension, not in musl): finds the byte without a length.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

void *rawmemchr(const void *, int); /* musl's string.h does not declare it */

int main(void)
{
	static char buf[300];
	for (int i = 0; i < 299; i++)
		buf[i] = 'a' + i % 20;
	buf[299] = 'Z';
	for (int off = 0; off < 32; off++)
		T_EQ_PTR(rawmemchr(buf + off, 'Z'), buf + 299);
	T_EQ_PTR(rawmemchr(buf, 'a'), buf);
	T_EQ_PTR(rawmemchr(buf, 'a' + 0x100), buf); /* converted to unsigned char */
	static const char hi[] = "x\xe9y";
	T_EQ_PTR(rawmemchr(hi, 0xe9), hi + 1);
	T_EQ_PTR(rawmemchr(hi, -23), hi + 1); /* (unsigned char)-23 == 0xe9 */
	T_EQ_PTR(rawmemchr(hi, 0), hi + 3);
	return t_status();
}
