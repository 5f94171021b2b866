// tmpfile, tmpnam, tempnam, remove, rename, renameat.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	FILE *f = tmpfile();
	T_ASSERT(f != NULL);
	fputs("temporary", f);
	rewind(f);
	char buf[32];
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "temporary");
	T_EQ_INT(fclose(f), 0);

	char name[L_tmpnam];
	T_EQ_PTR(tmpnam(name), name);
	T_ASSERT(strncmp(name, P_tmpdir, strlen(P_tmpdir)) == 0);
	T_ASSERT(access(name, F_OK) != 0);
	char *s = tmpnam(NULL);
	T_ASSERT(s != NULL);
	T_ASSERT(strcmp(s, name) != 0);

	char *t = tempnam(".", "pre");
	T_ASSERT(t != NULL);
	T_ASSERT(strncmp(t, "./pre", 5) == 0);
	free(t);

	/* rename and remove. */
	f = fopen("r1", "w");
	fclose(f);
	T_EQ_INT(rename("r1", "r2"), 0);
	T_ASSERT(access("r1", F_OK) != 0);
	T_EQ_INT(access("r2", F_OK), 0);
	T_EQ_INT(renameat(AT_FDCWD, "r2", AT_FDCWD, "r3"), 0);
	T_EQ_INT(access("r3", F_OK), 0);
	errno = 0;
	T_EQ_INT(rename("missing", "r4"), -1);
	T_EQ_INT(errno, ENOENT);
	T_EQ_INT(remove("r3"), 0);
	T_ASSERT(access("r3", F_OK) != 0);
	T_EQ_INT(mkdir("d", 0700), 0);
	T_EQ_INT(remove("d"), 0);
	errno = 0;
	T_EQ_INT(remove("d"), -1);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
