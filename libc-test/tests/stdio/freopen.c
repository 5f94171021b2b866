// freopen: redirecting stdout to a file, changing mode with a NULL path.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	FILE *f = fopen("f1.txt", "w");
	fputs("first", f);
	FILE *g = freopen("f2.txt", "w", f);
	T_EQ_PTR(g, f);
	fputs("second", f);
	fclose(f);

	char buf[32];
	f = fopen("f1.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "first");
	fclose(f);
	f = fopen("f2.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "second");
	/* NULL path: the descriptor stays; append mode applies. */
	int fd = fileno(f);
	f = freopen(NULL, "r", f);
	T_ASSERT(f != NULL);
	T_EQ_INT(fileno(f), fd);
	fclose(f);

	/* stdout to a file keeps descriptor 1. */
	int saved = dup(1);
	T_ASSERT(freopen("out.txt", "w", stdout) == stdout);
	T_EQ_INT(fileno(stdout), 1);
	fputs("redirected\n", stdout);
	fflush(stdout);
	dup2(saved, 1);
	f = fopen("out.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "redirected\n");
	fclose(f);

	errno = 0;
	f = fopen("f1.txt", "r");
	T_EQ_PTR(freopen("no/such/dir/x", "r", f), NULL);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
