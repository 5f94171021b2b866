// getopt: clusters, arguments, ':' and '+' prefixes, "--", errors, optopt, restart, messages.
#include <string.h>
#include <unistd.h>
#include <t.h>

static int run(int argc, char **argv, const char *opts, char *out)
{
	int c, n = 0;
	optind = 0; /* restart (musl and glibc both accept this) */
	while ((optarg = 0, c = getopt(argc, argv, opts)) != -1) {
		out[n++] = (char)c;
		if (optarg && n < 60) {
			out[n++] = '=';
			for (const char *p = optarg; *p && n < 60; p++)
				out[n++] = *p;
		}
		out[n++] = ' ';
	}
	out[n] = 0;
	return optind;
}

int main(void)
{
	char out[128];
	opterr = 0;
	{
		char *av[] = { "prog", "-ab", "-cval", "-c", "next", "-d", "--", "-a", "rest", 0 };
		int end = run(9, av, "abc:d", out);
		T_EQ_STR(out, "a b c=val c=next d ");
		T_EQ_INT(end, 7);
	}
	{
		char *av[] = { "prog", "-a", "operand", "-b", 0 };
		int end = run(4, av, "+ab", out);
		T_EQ_STR(out, "a ");
		T_EQ_INT(end, 2);
		T_EQ_STR(av[end], "operand");
	}
	{
		char *av[] = { "prog", "-", "-a", 0 };
		T_EQ_INT(run(3, av, "+a", out), 1); /* "-" alone is an operand */
		T_EQ_STR(out, "");
	}
	{
		char *av[] = { "prog", "-x", "-c", 0 };
		optind = 0;
		T_EQ_INT(getopt(3, av, "c:"), '?');
		T_EQ_INT(optopt, 'x');
		T_EQ_INT(getopt(3, av, "c:"), '?'); /* missing argument */
		T_EQ_INT(optopt, 'c');
		optind = 0;
		T_EQ_INT(getopt(3, av, ":c:"), '?');
		T_EQ_INT(getopt(3, av, ":c:"), ':');
		T_EQ_INT(optopt, 'c');
	}
	{
		/* ':' is never an option character. */
		char *av[] = { "prog", "-:", 0 };
		optind = 0;
		T_EQ_INT(getopt(2, av, "a:"), '?');
	}
	{
		/* Optional arguments (a GNU extension musl shares): only when attached. */
		char *av[] = { "prog", "-ofile", "-o", "x", 0 };
		optind = 0;
		T_EQ_INT(getopt(4, av, "o::"), 'o');
		T_EQ_STR(optarg, "file");
		T_EQ_INT(getopt(4, av, "o::"), 'o');
		T_EQ_PTR(optarg, 0);
		T_EQ_INT(optind, 3);
	}
	{
		char *av[] = { "prog", "-a", "x", "-b", 0 };
		/* '-' prefix: operands come back as the argument of option 1. */
		int end = run(4, av, "-ab", out);
		T_EQ_STR(out, "a \1=x b ");
		T_EQ_INT(end, 4);
	}
#ifndef __GLIBC__
	{
		/* Plain getopt does not permute (glibc does, unless POSIXLY_CORRECT is set). */
		char *av[] = { "prog", "-a", "operand", "-b", 0 };
		T_EQ_INT(run(4, av, "ab", out), 2);
		T_EQ_STR(out, "a ");
	}
	{
		/* musl's messages, on stderr. */
		int fds[2];
		T_EQ_INT(pipe(fds), 0);
		int saved = dup(2);
		dup2(fds[1], 2);
		char *av[] = { "prog", "-z", "-c", 0 };
		opterr = 1;
		optind = 0;
		getopt(3, av, "c:");
		getopt(3, av, "c:");
		dup2(saved, 2);
		close(fds[1]);
		char buf[200];
		long n = read(fds[0], buf, sizeof buf - 1);
		buf[n > 0 ? n : 0] = 0;
		T_EQ_STR(buf, "prog: unrecognized option: z\nprog: option requires an argument: c\n");
		opterr = 0;
	}
#endif
	return t_status();
}
