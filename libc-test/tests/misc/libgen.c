// basename dirname: POSIX examples, trailing slashes, "/", "//", ".", "", NULL.
#include <libgen.h>
#include <string.h>
#include <t.h>

static const char *base(const char *s)
{
	static char buf[64];
	strcpy(buf, s);
	return basename(buf);
}

static const char *dir(const char *s)
{
	static char buf[64];
	strcpy(buf, s);
	return dirname(buf);
}

int main(void)
{
	T_EQ_STR(base("/usr/lib"), "lib");
	T_EQ_STR(base("/usr/"), "usr");
	T_EQ_STR(base("usr"), "usr");
	T_EQ_STR(base("/"), "/");
	T_EQ_STR(base("///"), "/");
	T_EQ_STR(base("."), ".");
	T_EQ_STR(base(".."), "..");
	T_EQ_STR(base("a//b//"), "b");
	T_EQ_STR(base(""), ".");
	T_EQ_STR(basename(0), ".");

	T_EQ_STR(dir("/usr/lib"), "/usr");
	T_EQ_STR(dir("/usr/"), "/");
	T_EQ_STR(dir("usr"), ".");
	T_EQ_STR(dir("/"), "/");
#ifndef __GLIBC__
	T_EQ_STR(dir("//"), "/"); /* implementation-defined; glibc keeps "//" */
#endif
	T_EQ_STR(dir("."), ".");
	T_EQ_STR(dir(".."), ".");
	T_EQ_STR(dir("a//b//"), "a");
	T_EQ_STR(dir("/a"), "/");
	T_EQ_STR(dir("a/b/c"), "a/b");
	T_EQ_STR(dir(""), ".");
	T_EQ_STR(dirname(0), ".");
	return t_status();
}
