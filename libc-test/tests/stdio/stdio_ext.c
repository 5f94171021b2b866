// <stdio_ext.h>: __fpending, __freading, __fwriting, __freadable, __fwritable, __flbf,
// __fbufsize, __fpurge, _flushlbf.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>
#include "t.h"

int main(void)
{
	FILE *f = fopen("e.txt", "w+");
	T_ASSERT(f != NULL);
	T_ASSERT(__freadable(f));
	T_ASSERT(__fwritable(f));
	T_EQ_INT(__fpending(f), 0);
	fputs("abcde", f);
	T_EQ_INT(__fpending(f), 5);
	T_ASSERT(__fwriting(f));
	T_ASSERT(!__freading(f));
	T_ASSERT(__fbufsize(f) >= 5);
	T_ASSERT(!__flbf(f));
	/* __fpurge discards the pending output. */
	__fpurge(f);
	T_EQ_INT(__fpending(f), 0);
	fputs("xy", f);
	_flushlbf();
	fflush(f);
	rewind(f);
	T_EQ_INT(fgetc(f), 'x');
	T_ASSERT(__freading(f));
	T_ASSERT(!__fwriting(f));
	fclose(f);

	f = fopen("e.txt", "r");
	T_ASSERT(__freadable(f));
	T_ASSERT(!__fwritable(f));
	T_ASSERT(__freading(f));
	fclose(f);
	f = fopen("e.txt", "a");
	T_ASSERT(!__freadable(f));
	T_ASSERT(__fwriting(f));
	setvbuf(f, NULL, _IOLBF, 0);
	T_ASSERT(__flbf(f));
	fclose(f);
	return t_status();
}
