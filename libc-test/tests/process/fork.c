// fork + waitpid: exit status, death by signal, WNOHANG, ECHILD; wait4 fills rusage;
// wait3; wait; getpid differs in the child; _Fork.
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	pid_t parent = getpid();
	pid_t pid = fork();
	T_ASSERT(pid >= 0);
	if (pid == 0)
		_exit(getpid() != parent && getppid() == parent ? 42 : 1);
	int st = 0;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_ASSERT(!WIFSIGNALED(st));
	T_ASSERT(!WIFSTOPPED(st));
	T_EQ_INT(WEXITSTATUS(st), 42);

	pid = fork();
	if (pid == 0) {
		kill(getpid(), SIGKILL);
		_exit(0);
	}
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFSIGNALED(st));
	T_ASSERT(!WIFEXITED(st));
	T_EQ_INT(WTERMSIG(st), SIGKILL);

	/* A stopped child, seen with WUNTRACED, then continued and killed. */
	pid = fork();
	if (pid == 0) {
		kill(getpid(), SIGSTOP);
		_exit(5);
	}
	T_EQ_INT(waitpid(pid, &st, WUNTRACED), pid);
	T_ASSERT(WIFSTOPPED(st));
	T_EQ_INT(WSTOPSIG(st), SIGSTOP);
	kill(pid, SIGCONT);
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 5);

	/* wait4 with rusage; the child burns a little CPU. */
	pid = fork();
	if (pid == 0) {
		volatile unsigned long x = 0;
		for (unsigned long i = 0; i < 20000000; i++)
			x += i;
		_exit(7);
	}
	struct rusage ru;
	ru.ru_utime.tv_sec = -1;
	ru.ru_utime.tv_usec = -1;
	T_EQ_INT(wait4(pid, &st, 0, &ru), pid);
	T_EQ_INT(WEXITSTATUS(st), 7);
	T_ASSERT(ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec >= 0);
	T_ASSERT(ru.ru_utime.tv_sec > 0 || ru.ru_utime.tv_usec > 0);

	pid = fork();
	if (pid == 0)
		_exit(8);
	T_EQ_INT(wait3(&st, 0, &ru), pid);
	T_EQ_INT(WEXITSTATUS(st), 8);

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	T_EQ_INT(waitpid(pid, &st, WNOHANG), 0);
	kill(pid, SIGTERM);
	T_EQ_INT(wait(&st), pid);
	T_EQ_INT(WTERMSIG(st), SIGTERM);

	pid = _Fork();
	if (pid == 0)
		_exit(9);
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(WEXITSTATUS(st), 9);

	errno = 0;
	T_EQ_INT(wait(&st), -1);
	T_EQ_INT(errno, ECHILD);
	errno = 0;
	T_EQ_INT(waitpid(-1, &st, 0x40000), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
