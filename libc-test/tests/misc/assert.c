// assert: a failing assertion writes one line naming the expression, the file, the function
// and the line to stderr, then aborts (SIGABRT); NDEBUG re-inclusion turns it off and on
// again; C11 static_assert. musl's exact form is "Assertion failed: E (F: FN: L)".
#include <assert.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <t.h>

static_assert(sizeof(int) >= 2, "int is at least 16 bits");

#define NDEBUG
#include <assert.h>
static int quiet(int x)
{
	assert(x == 12345);
	return x;
}
#undef NDEBUG
#include <assert.h>

static void die(int x) { assert(x + 1 == 3); } static const int die_line = __LINE__;

int main(void)
{
	T_EQ_INT(quiet(7), 7);
	assert(1 == 1);

	pid_t pid = fork();
	T_ASSERT(pid >= 0);
	if (pid == 0) {
		int fd = open("err.txt", O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		die(5);
		_exit(0);
	}
	int st = 0;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFSIGNALED(st));
	T_EQ_INT(WTERMSIG(st), SIGABRT);

	char buf[512] = { 0 };
	int fd = open("err.txt", O_RDONLY);
	T_ASSERT(fd >= 0);
	T_ASSERT(read(fd, buf, sizeof buf - 1) > 0);
	close(fd);
	char num[16];
	snprintf(num, sizeof num, "%d", die_line);
	T_ASSERT(strstr(buf, "x + 1 == 3") != 0);
	T_ASSERT(strstr(buf, __FILE__) != 0);
	T_ASSERT(strstr(buf, "die") != 0);
	T_ASSERT(strstr(buf, num) != 0);
	if (strncmp(buf, "Assertion failed: ", 18) == 0) {
		char want[512];
		snprintf(want, sizeof want, "Assertion failed: x + 1 == 3 (%s: die: %d)\n", __FILE__, die_line);
		T_EQ_STR(buf, want);
	} else {
		T_ASSERT(strstr(buf, "Assertion `x + 1 == 3' failed.") != 0); /* glibc's form */
	}
	return t_status();
}
