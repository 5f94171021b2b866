// popen/pclose: reading a command's output, writing its input, exit status.
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include "t.h"

int main(void)
{
	char buf[64];
	FILE *p = popen("echo hello; echo world", "r");
	T_ASSERT(p != NULL);
	T_EQ_PTR(fgets(buf, sizeof buf, p), buf);
	T_EQ_STR(buf, "hello\n");
	T_EQ_PTR(fgets(buf, sizeof buf, p), buf);
	T_EQ_STR(buf, "world\n");
	T_EQ_PTR(fgets(buf, sizeof buf, p), NULL);
	int st = pclose(p);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 0);

	p = popen("exit 7", "r");
	st = pclose(p);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 7);

	/* Two pipes at once: the second child must not hold the first's pipe open. */
	FILE *w = popen("cat > out.txt", "w");
	T_ASSERT(w != NULL);
	FILE *r = popen("echo second", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, r), buf);
	T_EQ_STR(buf, "second\n");
	fputs("to cat\n", w);
	T_EQ_INT(pclose(w), 0);
	pclose(r);
	FILE *f = fopen("out.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "to cat\n");
	fclose(f);

	T_EQ_PTR(popen("true", "x"), NULL);
	return t_status();
}
