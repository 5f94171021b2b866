// Reading stdin: getchar, ungetc, fgets, getline, fread; stdout via putchar/puts.
// rcc-test: stdin=ab\nsecond line\nthird\nrest of data
// rcc-test: expect-stdout=a|b\nsecond line\nthird\nrest of data|\n
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	int c = getchar();
	putchar(c);
	putchar('|');
	c = getc(stdin);
	T_EQ_INT(ungetc(c, stdin), c);
	putchar(getchar_unlocked());
	T_EQ_INT(getchar(), '\n');
	putchar('\n');
	char buf[64];
	T_EQ_PTR(fgets(buf, sizeof buf, stdin), buf);
	fputs(buf, stdout);
	char *line = NULL;
	size_t n = 0;
	T_EQ_INT(getline(&line, &n, stdin), 6);
	fputs(line, stdout);
	free(line);
	size_t got = fread(buf, 1, sizeof buf, stdin);
	T_EQ_INT(got, 12);
	fwrite(buf, 1, got, stdout);
	T_ASSERT(feof(stdin));
	T_EQ_INT(getchar(), EOF);
	puts("|");
	return t_status();
}
