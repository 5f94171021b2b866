// fmemopen and open_memstream: contents, sizes, seeking, NUL termination.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	char buf[64];
	char data[] = "alpha\nbeta\ngamma";
	FILE *f = fmemopen(data, strlen(data), "r");
	T_ASSERT(f != NULL);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "alpha\n");
	T_EQ_INT(ftell(f), 6);
	T_EQ_INT(fread(buf, 1, sizeof buf, f), 10);
	T_EQ_MEM(buf, "beta\ngamma", 10);
	T_ASSERT(feof(f));
	T_EQ_INT(fseek(f, 6, SEEK_SET), 0);
	T_EQ_INT(fgetc(f), 'b');
	T_EQ_INT(fseek(f, -1, SEEK_END), 0);
	T_EQ_INT(fgetc(f), 'a');
	T_EQ_INT(fgetc(f), EOF);
	errno = 0;
	T_EQ_INT(fseek(f, 100, SEEK_SET), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(fclose(f), 0);

	/* Writing: a NUL follows the data while it fits. */
	char out[16];
	memset(out, 'x', sizeof out);
	f = fmemopen(out, sizeof out, "w");
	T_ASSERT(f != NULL);
	fputs("hello", f);
	T_EQ_INT(fflush(f), 0);
	T_EQ_STR(out, "hello");
	T_EQ_INT(ftell(f), 5);
	fputs(" world", f);
	fclose(f);
	T_EQ_STR(out, "hello world");

	/* Own buffer, w+: write then read back. */
	f = fmemopen(NULL, 32, "w+");
	T_ASSERT(f != NULL);
	fputs("abc def", f);
	rewind(f);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "abc def");
	fclose(f);

	errno = 0;
	T_EQ_PTR(fmemopen(out, sizeof out, "q"), NULL);
	T_EQ_INT(errno, EINVAL);

	/* open_memstream. */
	char *p = NULL;
	size_t n = 99;
	f = open_memstream(&p, &n);
	T_ASSERT(f != NULL);
	fputs("one", f);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(n, 3);
	T_EQ_STR(p, "one");
	for (int i = 0; i < 1000; i++)
		fputs("0123456789", f);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(n, 10003);
	T_EQ_INT(strlen(p), 10003);
	T_EQ_MEM(p + 9993, "0123456789", 10);
	/* Seeking back and overwriting; size follows the position. */
	T_EQ_INT(fseek(f, 1, SEEK_SET), 0);
	fputc('N', f);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(n, 2);
	T_EQ_INT(p[1], 'N');
	T_EQ_INT(fclose(f), 0);
	T_EQ_INT(p[0], 'o');
	free(p);

	/* Empty memstream. */
	f = open_memstream(&p, &n);
	T_EQ_INT(fclose(f), 0);
	T_EQ_INT(n, 0);
	T_EQ_STR(p, "");
	free(p);
	return t_status();
}
