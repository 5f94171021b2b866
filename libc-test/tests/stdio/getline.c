// getline/getdelim: growth for long lines, embedded NULs, custom delimiters, EOF and
// EINVAL.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

int main(void)
{
	FILE *f = fopen("g.txt", "w");
	T_ASSERT(f != NULL);
	fputs("short\n", f);
	static char big[100001];
	for (int i = 0; i < 100000; i++)
		big[i] = 'a' + i % 26;
	fwrite(big, 1, 100000, f);
	fputc('\n', f);
	fwrite("nul\0inside\n", 1, 11, f);
	fputs("a,b,,c", f);
	fclose(f);

	f = fopen("g.txt", "r");
	char *line = NULL;
	size_t cap = 0;
	T_EQ_INT(getline(&line, &cap, f), 6);
	T_EQ_STR(line, "short\n");
	T_ASSERT(cap >= 7);
	T_EQ_INT(getline(&line, &cap, f), 100001);
	T_EQ_MEM(line, big, 100000);
	T_EQ_INT(line[100000], '\n');
	T_EQ_INT(line[100001], 0);
	T_ASSERT(cap > 100001);
	T_EQ_INT(getline(&line, &cap, f), 11);
	T_EQ_MEM(line, "nul\0inside\n", 12);
	T_EQ_INT(getdelim(&line, &cap, ',', f), 2);
	T_EQ_STR(line, "a,");
	T_EQ_INT(getdelim(&line, &cap, ',', f), 2);
	T_EQ_STR(line, "b,");
	T_EQ_INT(getdelim(&line, &cap, ',', f), 1);
	T_EQ_STR(line, ",");
	/* The last piece has no delimiter: returned at EOF. */
	T_EQ_INT(getdelim(&line, &cap, ',', f), 1);
	T_EQ_STR(line, "c");
	T_ASSERT(feof(f));
	T_EQ_INT(getline(&line, &cap, f), -1);
	free(line);

	/* A caller-supplied small malloc'd buffer grows. */
	rewind(f);
	line = malloc(2);
	cap = 2;
	T_EQ_INT(getline(&line, &cap, f), 6);
	T_EQ_STR(line, "short\n");
	free(line);

	/* NULL arguments. */
	errno = 0;
	T_EQ_INT(getline(NULL, &cap, f), -1);
	T_EQ_INT(errno, EINVAL);
	line = NULL;
	errno = 0;
	T_EQ_INT(getdelim(&line, NULL, '\n', f), -1);
	T_EQ_INT(errno, EINVAL);
	fclose(f);

	/* Empty file: -1 right away, buffer still allocated and empty-terminated or NULL. */
	f = fopen("empty.txt", "w+");
	line = NULL;
	cap = 0;
	T_EQ_INT(getline(&line, &cap, f), -1);
	T_ASSERT(feof(f));
	free(line);
	fclose(f);
	return t_status();
}
