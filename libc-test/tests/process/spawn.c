// posix_spawn of /bin/sh with arguments, a dup2 and an open file action, a close action;
// posix_spawnp PATH search; exec failure returned (not in errno); attribute calls.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <t.h>

extern char **environ;

int main(void)
{
	int p[2];
	T_EQ_INT(pipe(p), 0);
	posix_spawn_file_actions_t fa;
	T_EQ_INT(posix_spawn_file_actions_init(&fa), 0);
	T_EQ_INT(posix_spawn_file_actions_adddup2(&fa, p[1], 1), 0);
	T_EQ_INT(posix_spawn_file_actions_addclose(&fa, p[0]), 0);
	T_EQ_INT(posix_spawn_file_actions_addopen(&fa, 5, "out", O_WRONLY | O_CREAT | O_TRUNC, 0644), 0);
	char *const argv[] = {"sh", "-c", "printf '%s' \"$1$2\"; printf file >&5; exit 9", "sh", "ab", "cd", 0};
	pid_t pid = -1;
	T_EQ_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, argv, environ), 0);
	T_ASSERT(pid > 0);
	close(p[1]);
	char buf[16];
	int n = 0, r;
	while ((r = read(p[0], buf + n, sizeof buf - n)) > 0)
		n += r;
	T_EQ_INT(n, 4);
	T_EQ_MEM(buf, "abcd", 4);
	int st = 0;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 9);
	int fd = open("out", O_RDONLY);
	T_EQ_INT(read(fd, buf, sizeof buf), 4);
	T_EQ_MEM(buf, "file", 4);
	close(fd);
	close(p[0]);
	T_EQ_INT(posix_spawn_file_actions_destroy(&fa), 0);

	/* posix_spawnp finds sh in PATH; attributes: a signal mask and defaults. */
	posix_spawnattr_t at;
	T_EQ_INT(posix_spawnattr_init(&at), 0);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T_EQ_INT(posix_spawnattr_setsigmask(&at, &set), 0);
	T_EQ_INT(posix_spawnattr_setsigdefault(&at, &set), 0);
	T_EQ_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP), 0);
	T_EQ_INT(posix_spawnattr_setpgroup(&at, 0), 0);
	short fl = 0;
	T_EQ_INT(posix_spawnattr_getflags(&at, &fl), 0);
	T_EQ_INT(fl, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
	pid_t pg = -1;
	T_EQ_INT(posix_spawnattr_getpgroup(&at, &pg), 0);
	T_EQ_INT(pg, 0);
	sigset_t got;
	sigemptyset(&got);
	T_EQ_INT(posix_spawnattr_getsigmask(&at, &got), 0);
	T_EQ_INT(sigismember(&got, SIGUSR1), 1);
	T_EQ_INT(posix_spawnattr_setflags(&at, 0x4000), EINVAL);
	/* In its own process group, with SIGUSR1 blocked: kill -USR1 $$ does not end it. */
	char *const a2[] = {"sh", "-c", "kill -USR1 $$; test $(ps -o pgid= $$ 2>/dev/null || echo $$) -ge 0 && exit 21", 0};
	T_EQ_INT(posix_spawnp(&pid, "sh", 0, &at, a2, environ), 0);
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 21);
	T_EQ_INT(posix_spawnattr_destroy(&at), 0);

	/* Failures come back as the return value; no child is left behind. */
	pid = -1;
	errno = 0;
	T_EQ_INT(posix_spawn(&pid, "/nonexistent/prog", 0, 0, argv, environ), ENOENT);
	T_EQ_INT(posix_spawnp(&pid, "rcc-no-such-program", 0, 0, argv, environ), ENOENT);
	posix_spawn_file_actions_t bad;
	posix_spawn_file_actions_init(&bad);
	T_EQ_INT(posix_spawn_file_actions_addopen(&bad, 3, "/nonexistent/f", O_RDONLY, 0), 0);
	T_EQ_INT(posix_spawn(&pid, "/bin/true", &bad, 0, argv, environ), ENOENT);
	posix_spawn_file_actions_destroy(&bad);
	T_EQ_INT(posix_spawn_file_actions_addclose(&fa, -1), EBADF);
	T_EQ_INT(posix_spawn_file_actions_adddup2(&fa, -1, 3), EBADF);
	errno = 0;
	T_EQ_INT(wait(&st), -1);
	T_EQ_INT(errno, ECHILD);
	return t_status();
}
