// strdup strndup: copies in malloc'd memory, strndup bounded and terminated.
// rcc-test: cflags=-fno-builtin
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include <stdlib.h>
#include <t.h>

int main(void)
{
	const char *src = "duplicate me";
	char *d = strdup(src);
	T_ASSERT(d != NULL && d != src);
	T_EQ_STR(d, src);
	d[0] = 'D'; /* writable */
	T_EQ_STR(src, "duplicate me");
	free(d);
	d = strdup("");
	T_ASSERT(d != NULL);
	T_EQ_INT(d[0], 0);
	free(d);

	d = strndup(src, 3);
	T_EQ_STR(d, "dup");
	free(d);
	d = strndup(src, 100);
	T_EQ_STR(d, src);
	free(d);
	d = strndup(src, 0);
	T_EQ_STR(d, "");
	free(d);
	static const char unterminated[4] = {'a', 'b', 'c', 'd'};
	d = strndup(unterminated, 4); /* reads no further than n */
	T_EQ_STR(d, "abcd");
	free(d);
	return t_status();
}
