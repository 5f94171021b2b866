/* fgetln (BSD, in musl; glibc lacks it): lines with their newline, not NUL-terminated,
 * from the buffer or, for lines longer than it, from a private line buffer. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include "t.h"

int main(void)
{
	size_t len = 99;
	FILE *f = tmpfile();
	T_ASSERT(f != NULL);
	fputs("alpha\n\nbeta\n", f);
	for (int i = 0; i < 10000; i++)
		fputc('a' + i % 26, f);
	fputs("\ntail", f);
	rewind(f);

	char *l = fgetln(f, &len);
	T_ASSERT(l != NULL);
	T_EQ_INT(len, 6);
	T_EQ_MEM(l, "alpha\n", 6);
	l = fgetln(f, &len);
	T_EQ_INT(len, 1);
	T_EQ_MEM(l, "\n", 1);
	l = fgetln(f, &len);
	T_EQ_INT(len, 5);
	T_EQ_MEM(l, "beta\n", 5);
	/* Longer than any stdio buffer. */
	l = fgetln(f, &len);
	T_ASSERT(l != NULL);
	T_EQ_INT(len, 10001);
	T_EQ_INT(l[0], 'a');
	T_EQ_INT(l[9999], 'a' + 9999 % 26);
	T_EQ_INT(l[10000], '\n');
	/* The last line has no newline. */
	l = fgetln(f, &len);
	T_ASSERT(l != NULL);
	T_EQ_INT(len, 4);
	T_EQ_MEM(l, "tail", 4);
	len = 99;
	T_EQ_PTR(fgetln(f, &len), NULL);
	T_ASSERT(feof(f));
	T_EQ_INT(fclose(f), 0);
	return t_status();
}
