// strlen strnlen strcmp strncmp strcpy strncpy stpcpy stpncpy strcat strncat.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

static char long_str[200];

int main(void)
{
	char buf[64];

	T_EQ_INT(strlen(""), 0);
	T_EQ_INT(strlen("a"), 1);
	T_EQ_INT(strlen("hello\0world"), 5);
	/* Every starting alignment and length, to exercise word-at-a-time scans. */
	for (int i = 0; i < 199; i++)
		long_str[i] = (char)('a' + i % 26);
	for (int off = 0; off < 16; off++)
		for (int len = 0; len + off < 199; len += 5) {
			char saved = long_str[off + len];
			long_str[off + len] = '\0';
			T_EQ_INT(strlen(long_str + off), len);
			long_str[off + len] = saved;
		}
	T_EQ_INT(strlen(long_str), 199);

	T_EQ_INT(strnlen("hello", 10), 5);
	T_EQ_INT(strnlen("hello", 5), 5);
	T_EQ_INT(strnlen("hello", 3), 3);
	T_EQ_INT(strnlen("hello", 0), 0);
	T_EQ_INT(strnlen("", 4), 0);
	/* strnlen never reads past maxlen: this array has no terminator. */
	static const char unterminated[4] = {'a', 'b', 'c', 'd'};
	T_EQ_INT(strnlen(unterminated, 4), 4);

	T_EQ_INT(strcmp("", ""), 0);
	T_EQ_INT(strcmp("abc", "abc"), 0);
	T_EQ_INT(T_SIGN(strcmp("abc", "abd")), -1);
	T_EQ_INT(T_SIGN(strcmp("abd", "abc")), 1);
	T_EQ_INT(T_SIGN(strcmp("ab", "abc")), -1);
	T_EQ_INT(T_SIGN(strcmp("abc", "ab")), 1);
	T_EQ_INT(T_SIGN(strcmp("", "a")), -1);
	T_EQ_INT(T_SIGN(strcmp("\x80", "\x01")), 1); /* unsigned char comparison */

	T_EQ_INT(strncmp("abcdef", "abcxyz", 3), 0);
	T_EQ_INT(T_SIGN(strncmp("abcdef", "abcxyz", 4)), -1);
	T_EQ_INT(strncmp("abc", "xyz", 0), 0);
	T_EQ_INT(strncmp("abc", "abc", 100), 0);
	T_EQ_INT(T_SIGN(strncmp("ab", "abc", 3)), -1);
	T_EQ_INT(strncmp("ab\0x", "ab\0y", 4), 0); /* stops at the terminator */
	T_EQ_INT(T_SIGN(strncmp("\xff", "a", 1)), 1);

	T_EQ_PTR(strcpy(buf, "copy me"), buf);
	T_EQ_STR(buf, "copy me");
	T_EQ_PTR(strcpy(buf, ""), buf);
	T_EQ_INT(buf[0], 0);
	T_EQ_INT(buf[1], 'o'); /* only the terminator was written */

	T_EQ_PTR(stpcpy(buf, "end"), buf + 3);
	T_EQ_STR(buf, "end");
	T_EQ_PTR(stpcpy(stpcpy(buf, "ab"), "cd"), buf + 4);
	T_EQ_STR(buf, "abcd");
	T_EQ_PTR(stpcpy(buf, ""), buf);

	/* strncpy pads with NULs to n, and does not terminate when src is too long. */
	memset(buf, 'x', sizeof buf);
	T_EQ_PTR(strncpy(buf, "ab", 6), buf);
	T_EQ_MEM(buf, "ab\0\0\0\0x", 7);
	memset(buf, 'x', sizeof buf);
	strncpy(buf, "abcdef", 3);
	T_EQ_MEM(buf, "abcx", 4);
	memset(buf, 'x', sizeof buf);
	strncpy(buf, "abc", 0);
	T_EQ_INT(buf[0], 'x');
	strncpy(buf, "abc", 3);
	T_EQ_MEM(buf, "abcx", 4);
	strncpy(buf, "", 2);
	T_EQ_MEM(buf, "\0\0cx", 4);

	/* stpncpy returns a pointer to the first NUL written, or dst + n. */
	memset(buf, 'x', sizeof buf);
	T_EQ_PTR(stpncpy(buf, "ab", 5), buf + 2);
	T_EQ_MEM(buf, "ab\0\0\0x", 6);
	memset(buf, 'x', sizeof buf);
	T_EQ_PTR(stpncpy(buf, "abcdef", 4), buf + 4);
	T_EQ_MEM(buf, "abcdx", 5);
	T_EQ_PTR(stpncpy(buf, "abc", 0), buf);

	strcpy(buf, "foo");
	T_EQ_PTR(strcat(buf, "bar"), buf);
	T_EQ_STR(buf, "foobar");
	strcat(buf, "");
	T_EQ_STR(buf, "foobar");
	buf[0] = '\0';
	strcat(buf, "x");
	T_EQ_STR(buf, "x");

	/* strncat appends at most n bytes and always terminates. */
	memset(buf, 'z', sizeof buf);
	strcpy(buf, "ab");
	T_EQ_PTR(strncat(buf, "cdef", 2), buf);
	T_EQ_MEM(buf, "abcd\0z", 6);
	strncat(buf, "xy", 10);
	T_EQ_STR(buf, "abcdxy");
	strncat(buf, "q", 0);
	T_EQ_STR(buf, "abcdxy");
	strncat(buf, unterminated, 4); /* reads only n bytes of src */
	T_EQ_STR(buf, "abcdxyabcd");
	return t_status();
}
