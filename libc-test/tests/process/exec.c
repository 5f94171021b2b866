// execve, execv, execvp (PATH search, ENOENT, EACCES), execl/execlp/execle argument
// passing, execvpe, fexecve. Each exec runs in a forked child.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <t.h>

static int status_of(pid_t pid)
{
	int st = -1;
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

int main(void)
{
	char *const targv[] = {"true", 0};
	char *const env[] = {"RCC_X=abc", 0};
	pid_t pid;

	if (!(pid = fork())) {
		execve("/bin/true", targv, env);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 0);
	if (!(pid = fork())) {
		execv("/bin/false", targv);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 1);
	if (!(pid = fork())) {
		execvp("true", targv);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 0);

	/* Arguments and the environment arrive: sh counts "$#" and checks RCC_X. */
	if (!(pid = fork())) {
		execl("/bin/sh", "sh", "-c", "exit $#", "sh", "a", "b", "c", (char *)0);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 3);
	if (!(pid = fork())) {
		execlp("sh", "sh", "-c", "exit $(($# + 10))", "sh", "x", (char *)0);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 11);
	if (!(pid = fork())) {
		execle("/bin/sh", "sh", "-c", "test \"$RCC_X\" = abc", (char *)0, env);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 0);
	if (!(pid = fork())) {
		char *const a[] = {"sh", "-c", "test \"$RCC_X\" = abc && exit 4", 0};
		execvpe("sh", a, env);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 4);
	if (!(pid = fork())) {
		int fd = open("/bin/true", O_RDONLY | O_CLOEXEC);
		fexecve(fd, targv, env);
		_exit(100);
	}
	T_EQ_INT(status_of(pid), 0);

	/* Failures return -1 with errno. */
	errno = 0;
	T_EQ_INT(execvp("rcc-no-such-program", targv), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(execvp("", targv), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(execve("./missing", targv, env), -1);
	T_EQ_INT(errno, ENOENT);
	/* A file in PATH without execute permission: EACCES after the search. */
	T_EQ_INT(mkdir("d", 0755), 0);
	int fd = open("d/rcc-noexec", O_WRONLY | O_CREAT, 0644);
	T_ASSERT(fd >= 0);
	close(fd);
	/* The search uses the caller's PATH, not the new environment. */
	char *pathenv[] = {"PATH=/nonexistent:d", 0};
	char **saved = environ;
	environ = pathenv;
	errno = 0;
	T_EQ_INT(execvp("rcc-noexec", targv), -1);
	T_EQ_INT(errno, EACCES);
	errno = 0;
	T_EQ_INT(execvpe("rcc-noexec", targv, saved), -1);
	T_EQ_INT(errno, EACCES);
	environ = saved;
	errno = 0;
	T_EQ_INT(execve("d", targv, env), -1);
	T_EQ_INT(errno, EACCES);
	errno = 0;
	T_EQ_INT(fexecve(99, targv, env), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
