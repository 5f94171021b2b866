// memcpy memmove memset memcmp memchr memrchr memmem mempcpy.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

static unsigned char big[300];
static unsigned char ref[300];

static void fill(unsigned char *p, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 7 + 1);
}

int main(void)
{
	char buf[64];

	/* memcpy returns dst; zero length touches nothing; every alignment and length. */
	memset(buf, 'x', sizeof buf);
	T_EQ_PTR(memcpy(buf, "abcdef", 6), buf);
	T_EQ_MEM(buf, "abcdefx", 7);
	T_EQ_PTR(memcpy(buf, "zz", 0), buf);
	T_EQ_INT(buf[0], 'a');
	fill(ref, 300);
	for (int off = 0; off < 8; off++)
		for (int len = 0; len < 140; len += 3) {
			memset(big, 0, sizeof big);
			memcpy(big + off, ref + 3, len);
			T_EQ_MEM(big + off, ref + 3, len);
			T_EQ_INT(big[off + len], 0);
			if (off)
				T_EQ_INT(big[off - 1], 0);
		}

	/* memmove with overlap both ways. */
	memcpy(buf, "0123456789", 11);
	T_EQ_PTR(memmove(buf + 2, buf, 5), buf + 2);
	T_EQ_STR(buf, "0101234789");
	memcpy(buf, "0123456789", 11);
	T_EQ_PTR(memmove(buf, buf + 3, 5), buf);
	T_EQ_STR(buf, "3456756789");
	memcpy(buf, "0123456789", 11);
	memmove(buf, buf, 10);
	T_EQ_STR(buf, "0123456789");
	memmove(buf + 1, buf, 0);
	T_EQ_STR(buf, "0123456789");
	fill(big, 300);
	memmove(big + 1, big, 280); /* large forward overlap */
	fill(ref, 300);
	T_EQ_MEM(big + 1, ref, 280);
	fill(big, 300);
	memmove(big, big + 17, 250); /* large backward overlap */
	T_EQ_MEM(big, ref + 17, 250);

	/* memset converts its value to unsigned char. */
	T_EQ_PTR(memset(buf, 0x141, 5), buf);
	T_EQ_MEM(buf, "AAAAA5", 6);
	memset(buf, 'q', 0);
	T_EQ_INT(buf[0], 'A');
	memset(big, 0xff, 257);
	T_EQ_INT(big[0], 0xff);
	T_EQ_INT(big[256], 0xff);
	T_EQ_INT(big[257], ref[257]); /* untouched by the backward move */

	/* memcmp compares as unsigned char; zero length is equal. */
	T_EQ_INT(memcmp("abc", "abc", 3), 0);
	T_EQ_INT(T_SIGN(memcmp("abc", "abd", 3)), -1);
	T_EQ_INT(T_SIGN(memcmp("abd", "abc", 3)), 1);
	T_EQ_INT(T_SIGN(memcmp("\x80", "\x01", 1)), 1);
	T_EQ_INT(memcmp("abc", "xyz", 0), 0);
	T_EQ_INT(memcmp("ab\0c", "ab\0c", 4), 0);
	T_EQ_INT(T_SIGN(memcmp("ab\0c", "ab\0d", 4)), -1);
	fill(big, 300);
	fill(ref, 300);
	ref[299] ^= 1;
	T_EQ_INT(memcmp(big, ref, 299), 0);
	T_ASSERT(memcmp(big, ref, 300) != 0);

	/* memchr: first match, the byte value as unsigned char, NUL is an ordinary byte. */
	const char *s = "hello\0world";
	T_EQ_PTR(memchr(s, 'l', 11), s + 2);
	T_EQ_PTR(memchr(s, 'o', 11), s + 4);
	T_EQ_PTR(memchr(s, 'w', 11), s + 6);
	T_EQ_PTR(memchr(s, '\0', 11), s + 5);
	T_EQ_PTR(memchr(s, 'w', 5), 0);
	T_EQ_PTR(memchr(s, 'h', 0), 0);
	static const char high[] = "a\xfe";
	T_EQ_PTR(memchr(high, 0x1fe, 2), high + 1); /* (unsigned char)0x1fe == 0xfe */
	T_EQ_PTR(memchr(high, -2, 2), high + 1);

	/* memrchr: last match. */
	T_EQ_PTR(memrchr(s, 'o', 11), s + 7);
	T_EQ_PTR(memrchr(s, 'l', 11), s + 9);
	T_EQ_PTR(memrchr(s, 'l', 3), s + 2);
	T_EQ_PTR(memrchr(s, 'h', 0), 0);
	T_EQ_PTR(memrchr(s, 'z', 11), 0);
	T_EQ_PTR(memrchr(s, '\0', 11), s + 5);

	/* memmem. */
	const char *hay = "abababcab";
	T_EQ_PTR(memmem(hay, 9, "abc", 3), hay + 4);
	T_EQ_PTR(memmem(hay, 9, "ab", 2), hay);
	T_EQ_PTR(memmem(hay, 9, "cab", 3), hay + 6);
	T_EQ_PTR(memmem(hay, 9, "abd", 3), 0);
	T_EQ_PTR(memmem(hay, 9, hay, 9), hay);
	T_EQ_PTR(memmem(hay, 8, "cab", 3), 0);
	T_EQ_PTR(memmem(hay, 9, "", 0), hay);
	T_EQ_PTR(memmem(hay, 2, "abc", 3), 0);
	static const char nul[] = "a\0b\0c";
	T_EQ_PTR(memmem(nul, 5, "b\0c", 3), nul + 2);
	T_EQ_PTR(memmem(nul, 5, "\0", 1), nul + 1);

	/* mempcpy returns the end of the copy. */
	T_EQ_PTR(mempcpy(buf, "xyz", 3), buf + 3);
	T_EQ_MEM(buf, "xyz", 3);
	T_EQ_PTR(mempcpy(buf, "q", 0), buf);
	return t_status();
}
