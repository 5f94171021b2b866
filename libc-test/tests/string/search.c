// strchr strchrnul strrchr strstr strspn strcspn strpbrk.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

static char long_str[300];

int main(void)
{
	const char *s = "hello world";

	T_EQ_PTR(strchr(s, 'o'), s + 4);
	T_EQ_PTR(strchr(s, 'h'), s);
	T_EQ_PTR(strchr(s, 'd'), s + 10);
	T_EQ_PTR(strchr(s, 'z'), 0);
	T_EQ_PTR(strchr(s, '\0'), s + 11); /* the terminator is part of the string */
	T_EQ_PTR(strchr("", '\0'), strchr("", '\0'));
	T_ASSERT(strchr("", 'a') == 0);
	static const char high[] = "a\xe9z";
	T_EQ_PTR(strchr(high, 0xe9), high + 1);
	T_EQ_PTR(strchr(high, 0x1e9), high + 1); /* converted to char */
	for (int i = 0; i < 299; i++)
		long_str[i] = 'a';
	long_str[250] = 'b';
	for (int off = 0; off < 16; off++)
		T_EQ_PTR(strchr(long_str + off, 'b'), long_str + 250);
	T_EQ_PTR(strchr(long_str, 'c'), 0);
	T_EQ_PTR(strchr(long_str, '\0'), long_str + 299);

	T_EQ_PTR(strchrnul(s, 'o'), s + 4);
	T_EQ_PTR(strchrnul(s, 'z'), s + 11);
	T_EQ_PTR(strchrnul(s, '\0'), s + 11);
	T_EQ_PTR(strchrnul(long_str + 3, 'c'), long_str + 299);

	T_EQ_PTR(strrchr(s, 'o'), s + 7);
	T_EQ_PTR(strrchr(s, 'h'), s);
	T_EQ_PTR(strrchr(s, 'z'), 0);
	T_EQ_PTR(strrchr(s, '\0'), s + 11);
	T_EQ_PTR(strrchr(long_str, 'a'), long_str + 298);
	T_EQ_PTR(strrchr(long_str, 'b'), long_str + 250);

	T_EQ_PTR(strstr(s, "world"), s + 6);
	T_EQ_PTR(strstr(s, "o w"), s + 4);
	T_EQ_PTR(strstr(s, "hello world"), s);
	T_EQ_PTR(strstr(s, "hello world!"), 0);
	T_EQ_PTR(strstr(s, "worlds"), 0);
	T_EQ_PTR(strstr(s, ""), s);
	T_EQ_PTR(strstr("", ""), strstr("", ""));
	T_ASSERT(strstr("", "a") == 0);
	const char *rep = "aaabaaaab";
	T_EQ_PTR(strstr(rep, "aaaab"), rep + 4);
	T_EQ_PTR(strstr(rep, "ab"), rep + 2);
	T_EQ_PTR(strstr(long_str, "aab"), long_str + 248);
	T_EQ_PTR(strstr(long_str, "aac"), 0);

	T_EQ_INT(strspn("abcabcxyz", "abc"), 6);
	T_EQ_INT(strspn("abc", ""), 0);
	T_EQ_INT(strspn("", "abc"), 0);
	T_EQ_INT(strspn("aaaa", "a"), 4);
	T_EQ_INT(strspn("\xe9\xe9x", "\xe9"), 2);

	T_EQ_INT(strcspn("hello, world", ", "), 5);
	T_EQ_INT(strcspn("hello", ""), 5);
	T_EQ_INT(strcspn("", "abc"), 0);
	T_EQ_INT(strcspn("abc", "c"), 2);
	T_EQ_INT(strcspn("abc", "a"), 0);

	T_EQ_PTR(strpbrk(s, "wo"), s + 4);
	T_EQ_PTR(strpbrk(s, "d"), s + 10);
	T_EQ_PTR(strpbrk(s, "xyz"), 0);
	T_EQ_PTR(strpbrk(s, ""), 0);
	T_EQ_PTR(strpbrk("", "abc"), 0);
	return t_status();
}
