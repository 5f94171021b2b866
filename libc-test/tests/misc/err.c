// warn warnx err errx vwarn vwarnx verr verrx: "progname: message: strerror(errno)\n" forms
// on stderr, no message with a null format, exit status for err/errx/verr/verrx.
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <t.h>

static const char *prog;

static void call_vwarnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarnx(fmt, ap);
	va_end(ap);
}

static void call_verr(int st, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verr(st, fmt, ap);
}

/* Runs `what` in a child with stderr in a file; returns the exit status, fills `out`. */
static int run(int what, char *out, int len)
{
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open("err.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		errno = ENOENT;
		switch (what) {
		case 0: warn("x=%d", 5); break;
		case 1: warnx("y%s", "z"); break;
		case 2: warn(NULL); break;
		case 3: warnx(NULL); break;
		case 4: call_vwarnx("%s-%d", "v", 9); break;
		case 5: err(3, "e%d", 1);
		case 6: errx(4, "q");
		case 7: call_verr(5, "ve %c", 'k');
		case 8: errno = EACCES; warn("%s", "a"); warnx("b"); break;
		}
		_exit(0);
	}
	int st = 0;
	waitpid(pid, &st, 0);
	int fd = open("err.txt", O_RDONLY);
	int n = read(fd, out, len - 1);
	out[n > 0 ? n : 0] = 0;
	close(fd);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void check(int what, int status, const char *body)
{
	char got[512], want[512];
	T_EQ_INT(run(what, got, sizeof got), status);
	snprintf(want, sizeof want, body, prog, prog);
	T_EQ_STR(got, want);
}

int main(int argc, char **argv)
{
	(void)argc;
	prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	check(0, 0, "%s: x=5: No such file or directory\n");
	check(1, 0, "%s: yz\n");
	check(2, 0, "%s: No such file or directory\n");
	check(3, 0, "%s: \n");
	check(4, 0, "%s: v-9\n");
	check(5, 3, "%s: e1: No such file or directory\n");
	check(6, 4, "%s: q\n");
	check(7, 5, "%s: ve k: No such file or directory\n");
	check(8, 0, "%s: a: Permission denied\n%s: b\n");
	return t_status();
}
