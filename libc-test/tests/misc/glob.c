// glob/globfree over a tree we build: sorted results, no match, GLOB_NOCHECK, GLOB_MARK,
// GLOB_DOOFFS, GLOB_APPEND, GLOB_PERIOD, GLOB_NOSORT, wildcards in directory components,
// literal paths (checked for existence), bracket expressions and escapes.
#include <fcntl.h>
#include <glob.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <t.h>

static char joined[1024];

static const char *join(const glob_t *g, size_t from)
{
	joined[0] = 0;
	for (size_t i = from; i < g->gl_offs + g->gl_pathc; i++) {
		if (i > from)
			strcat(joined, " ");
		strcat(joined, g->gl_pathv[i]);
	}
	return joined;
}

static void touch(const char *p)
{
	close(open(p, O_WRONLY | O_CREAT, 0644));
}

int main(void)
{
	mkdir("dir", 0755);
	mkdir("d2", 0755);
	touch("b.c");
	touch("a.c");
	touch(".hidden.c");
	touch("c.h");
	touch("dir/x.c");
	touch("dir/y.h");
	touch("d2/x.c");
	touch("star*");

	glob_t g;
	T_EQ_INT(glob("*.c", 0, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 2);
	T_EQ_STR(join(&g, 0), "a.c b.c");
	T_EQ_PTR(g.gl_pathv[2], 0);
	globfree(&g);

	T_EQ_INT(glob("*.z", 0, 0, &g), GLOB_NOMATCH);
	T_EQ_INT(glob("*.z", GLOB_NOCHECK, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 1);
	T_EQ_STR(g.gl_pathv[0], "*.z");
	globfree(&g);

	T_EQ_INT(glob("d*", GLOB_MARK, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "d2/ dir/");
	globfree(&g);

	T_EQ_INT(glob("*/x.c", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "d2/x.c dir/x.c");
	globfree(&g);

	T_EQ_INT(glob("di?/*", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "dir/x.c dir/y.h");
	globfree(&g);

	T_EQ_INT(glob("[ab].c", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "a.c b.c");
	globfree(&g);

	T_EQ_INT(glob("[!a].[ch]", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "b.c c.h");
	globfree(&g);

	T_EQ_INT(glob("dir/x.c", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "dir/x.c");
	globfree(&g);
	T_EQ_INT(glob("dir/nope.c", 0, 0, &g), GLOB_NOMATCH);

	T_EQ_INT(glob("star\\*", 0, 0, &g), 0);
	T_EQ_STR(join(&g, 0), "star*");
	globfree(&g);

	T_EQ_INT(glob("*.c", GLOB_PERIOD, 0, &g), 0);
	T_EQ_STR(join(&g, 0), ".hidden.c a.c b.c");
	globfree(&g);

	T_EQ_INT(glob("*", GLOB_NOSORT, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 6);
	globfree(&g);

	g.gl_offs = 2;
	T_EQ_INT(glob("*.h", GLOB_DOOFFS, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 1);
	T_EQ_PTR(g.gl_pathv[0], 0);
	T_EQ_PTR(g.gl_pathv[1], 0);
	T_EQ_STR(g.gl_pathv[2], "c.h");
	T_EQ_INT(glob("*.c", GLOB_DOOFFS | GLOB_APPEND, 0, &g), 0);
	T_EQ_INT(g.gl_pathc, 3);
	T_EQ_STR(join(&g, 2), "c.h a.c b.c");
	T_EQ_PTR(g.gl_pathv[5], 0);
	globfree(&g);
	return t_status();
}
