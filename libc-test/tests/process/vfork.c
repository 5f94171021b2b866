// vfork: the child runs first on the parent's memory and ends with _exit or exec; the
// parent then resumes with the child's pid.
#define _GNU_SOURCE
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	volatile int shared = 0;
	pid_t pid = vfork();
	if (pid == 0) {
		shared = 1;
		_exit(12);
	}
	T_ASSERT(pid > 0);
	T_EQ_INT(shared, 1);
	int st = 0;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(WEXITSTATUS(st), 12);

	char *const argv[] = {"sh", "-c", "exit 6", 0};
	pid = vfork();
	if (pid == 0) {
		execv("/bin/sh", argv);
		_exit(127);
	}
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(WEXITSTATUS(st), 6);
	return t_status();
}
