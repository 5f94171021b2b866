// scandir with a filter and alphasort/versionsort; the list is malloc'd; errno on a
// missing directory.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <t.h>

static int no_dots(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(void)
{
	static const char *files[] = { "file10", "b", "file9", "a", "file1", "C" };
	T_EQ_INT(mkdir("t", 0700), 0);
	T_EQ_INT(chdir("t"), 0);
	for (int i = 0; i < 6; i++)
		T_EQ_INT(close(open(files[i], O_CREAT | O_WRONLY, 0600)), 0);
	T_EQ_INT(chdir(".."), 0);

	struct dirent **list;
	int n = scandir("t", &list, no_dots, alphasort);
	T_EQ_INT(n, 6);
	static const char *alpha[] = { "C", "a", "b", "file1", "file10", "file9" };
	for (int i = 0; i < n && i < 6; i++)
		T_EQ_STR(list[i]->d_name, alpha[i]);
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);

	n = scandir("t", &list, no_dots, versionsort);
	T_EQ_INT(n, 6);
	static const char *vers[] = { "C", "a", "b", "file1", "file9", "file10" };
	for (int i = 0; i < n && i < 6; i++)
		T_EQ_STR(list[i]->d_name, vers[i]);
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);

	/* No filter: "." and ".." too; no comparator: any order. */
	n = scandir("t", &list, 0, 0);
	T_EQ_INT(n, 8);
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);

	errno = 0;
	T_EQ_INT(scandir("missing", &list, 0, alphasort), -1);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
