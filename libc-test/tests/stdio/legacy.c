// rcc-test: stdin=first line\nsecond\n\nlast
/* The legacy <stdio.h> functions musl still provides: gets, getw, putw, ctermid, cuserid. */
#define _GNU_SOURCE
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

/* Declared only before C11, and this test builds as gnu11. */
char *gets(char *);

int main(void)
{
	char buf[64];

	/* gets: the newline is dropped; a last line without one still counts. */
	T_EQ_PTR(gets(buf), buf);
	T_EQ_STR(buf, "first line");
	T_EQ_PTR(gets(buf), buf);
	T_EQ_STR(buf, "second");
	T_EQ_PTR(gets(buf), buf);
	T_EQ_STR(buf, "");
	T_EQ_PTR(gets(buf), buf);
	T_EQ_STR(buf, "last");
	T_ASSERT(feof(stdin));
	T_EQ_PTR(gets(buf), NULL);

	/* putw/getw: an int in its machine form. */
	FILE *f = tmpfile();
	T_ASSERT(f != NULL);
	T_EQ_INT(putw(0x12345678, f), 0);
	T_EQ_INT(putw(-1, f), 0);
	T_EQ_INT(putw(7, f), 0);
	T_EQ_INT(ftell(f), 3 * (long)sizeof(int));
	rewind(f);
	T_EQ_INT(getw(f), 0x12345678);
	T_EQ_INT(getw(f), -1);
	T_ASSERT(!feof(f) && !ferror(f));
	T_EQ_INT(fgetc(f), 7);
	T_EQ_INT(getw(f), EOF);
	T_ASSERT(feof(f));
	fclose(f);
	f = fopen("ro", "w");
	T_ASSERT(f != NULL);
	fclose(f);
	f = fopen("ro", "r");
	T_ASSERT(f != NULL);
	T_EQ_INT(putw(1, f), EOF);
	T_ASSERT(ferror(f));
	fclose(f);

	/* ctermid: always "/dev/tty". */
	char t[L_ctermid];
	T_EQ_PTR(ctermid(t), t);
	T_EQ_STR(t, "/dev/tty");
	T_EQ_STR(ctermid(NULL), "/dev/tty");

	/* cuserid: the effective user's name. */
	struct passwd *pw = getpwuid(geteuid());
	if (pw && strlen(pw->pw_name) < L_cuserid) {
		char u[L_cuserid];
		T_EQ_PTR(cuserid(u), u);
		T_EQ_STR(u, pw->pw_name);
		char *p = cuserid(NULL);
		T_ASSERT(p != NULL);
		if (p)
			T_EQ_STR(p, pw->pw_name);
	}
	return t_status();
}
