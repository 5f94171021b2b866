// glob with GLOB_TILDE: "~" and "~/..." use $HOME; "~user" reads the password database;
// an unknown user gives GLOB_NOMATCH with GLOB_TILDE_CHECK; without the flag '~' is literal.
#define _GNU_SOURCE
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <t.h>

int main(void)
{
	char cwd[512], want[600];
	T_ASSERT(getcwd(cwd, sizeof cwd) != 0);
	setenv("HOME", cwd, 1);
	close(open("one.txt", O_WRONLY | O_CREAT, 0644));
	close(open("two.txt", O_WRONLY | O_CREAT, 0644));

	glob_t g;
	T_EQ_INT(glob("~", GLOB_TILDE, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 1);
	T_EQ_STR(g.gl_pathv[0], cwd);
	globfree(&g);

	T_EQ_INT(glob("~/*.txt", GLOB_TILDE, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 2);
	snprintf(want, sizeof want, "%s/two.txt", cwd);
	T_EQ_STR(g.gl_pathv[1], want);
	globfree(&g);

	T_EQ_INT(glob("~/*.txt", 0, 0, &g), GLOB_NOMATCH);
	T_EQ_INT(glob("~no_such_user_zz/x", GLOB_TILDE_CHECK, 0, &g), GLOB_NOMATCH);

	if (access("/root", F_OK) == 0) { /* root's home, as in most passwd files */
		T_EQ_INT(glob("~root", GLOB_TILDE, 0, &g), 0);
		T_EQ_INT(g.gl_pathc, 1);
		T_EQ_STR(g.gl_pathv[0], "/root");
		globfree(&g);
	}
	return t_status();
}
