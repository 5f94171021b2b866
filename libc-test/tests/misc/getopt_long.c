// getopt_long getopt_long_only: permutation, abbreviations, ambiguity, '=' and separate
// arguments, optional arguments, flag pointers, "--".
#define _GNU_SOURCE
#include <getopt.h>
#include <string.h>
#include <t.h>

static int verbose;
static const struct option opts[] = {
	{ "verbose", no_argument, &verbose, 7 },
	{ "file", required_argument, 0, 'f' },
	{ "color", optional_argument, 0, 'C' },
	{ "colour", optional_argument, 0, 'K' },
	{ "count", required_argument, 0, 'n' },
	{ "all", no_argument, 0, 'a' },
	{ 0, 0, 0, 0 },
};

int main(void)
{
	int idx;
	opterr = 0;
	{
		char *av[] = { "prog", "in1", "--verbose", "-a", "in2", "--file=x.txt", "--file", "y", "--colo", "--color=red", "--cou", "3", "--", "--all", 0 };
		int ac = 14;
		optind = 0;
		idx = -1;
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 0);
		T_EQ_INT(verbose, 7);
		T_EQ_INT(idx, 0);
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 'a');
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 'f');
		T_EQ_STR(optarg, "x.txt");
		T_EQ_INT(idx, 1);
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 'f');
		T_EQ_STR(optarg, "y");
		/* "--colo" is a prefix of both color and colour. */
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), '?');
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 'C');
		T_EQ_STR(optarg, "red");
		T_EQ_INT(idx, 2);
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), 'n'); /* unique abbreviation */
		T_EQ_STR(optarg, "3");
		T_EQ_INT(idx, 4);
		T_EQ_INT(getopt_long(ac, av, "af:", opts, &idx), -1);
		/* The operands were moved after the options; "--" stops the scan. */
		T_EQ_INT(optind, 11);
		T_EQ_STR(av[optind], "in1");
		T_EQ_STR(av[optind + 1], "in2");
		T_EQ_STR(av[optind + 2], "--all");
	}
	{
		char *av[] = { "prog", "--color", "x", "--nope", "--all=1", "--file", 0 };
		optind = 0;
		T_EQ_INT(getopt_long(6, av, "", opts, 0), 'C');
		T_EQ_PTR(optarg, 0); /* optional arguments only with '=' */
		T_EQ_INT(getopt_long(6, av, "", opts, 0), '?');
		T_EQ_INT(getopt_long(6, av, "", opts, 0), '?');
		T_EQ_INT(optopt, 'a');
		T_EQ_INT(getopt_long(6, av, ":", opts, 0), ':');
		T_EQ_INT(optopt, 'f');
		T_EQ_INT(getopt_long(6, av, "", opts, 0), -1);
		T_EQ_STR(av[optind], "x");
	}
	{
		char *av[] = { "prog", "-all", "-f", "v", "-fi=w", "-a", 0 };
		optind = 0;
		T_EQ_INT(getopt_long_only(6, av, "af:", opts, 0), 'a');
		T_EQ_INT(getopt_long_only(6, av, "af:", opts, 0), 'f'); /* short -f wins */
		T_EQ_STR(optarg, "v");
		T_EQ_INT(getopt_long_only(6, av, "af:", opts, 0), 'f');
		T_EQ_STR(optarg, "w");
		T_EQ_INT(getopt_long_only(6, av, "af:", opts, 0), 'a');
		T_EQ_INT(getopt_long_only(6, av, "af:", opts, 0), -1);
	}
	{
		/* '+': stop at the first operand. */
		char *av[] = { "prog", "--all", "op", "--all", 0 };
		optind = 0;
		T_EQ_INT(getopt_long(4, av, "+", opts, 0), 'a');
		T_EQ_INT(getopt_long(4, av, "+", opts, 0), -1);
		T_EQ_INT(optind, 2);
	}
	return t_status();
}
