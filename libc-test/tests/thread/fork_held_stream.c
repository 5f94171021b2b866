// rcc-test: cflags=-pthread
// fork while another thread holds stdout (flockfile) and stays blocked: the child's
// printf must not wait for a thread that does not exist in it (glibc resets every stream
// lock in the child; musl leaves it held and the child deadlocks — see
// known-differences.tsv). The parent still owns nothing, and its holder thread can
// release and print afterwards.
#include <t.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int held, release_it;

static void *holder(void *arg)
{
	(void)arg;
	flockfile(stdout);
	pthread_mutex_lock(&m);
	held = 1;
	pthread_cond_broadcast(&cv);
	while (!release_it)
		pthread_cond_wait(&cv, &m);
	pthread_mutex_unlock(&m);
	funlockfile(stdout);
	return 0;
}

int main(void)
{
	int null = open("/dev/null", O_WRONLY);
	T_ASSERT(null >= 0);
	dup2(null, 1);
	pthread_t t;
	T_EQ_INT(pthread_create(&t, 0, holder, 0), 0);
	pthread_mutex_lock(&m);
	while (!held)
		pthread_cond_wait(&cv, &m);
	pthread_mutex_unlock(&m);

	pid_t pid = fork();
	if (pid == 0)
		_exit(printf("child\n") == 6 && fflush(stdout) == 0 ? 0 : 1);
	T_ASSERT(pid > 0);
	int st = -1, done = 0;
	for (int i = 0; i < 300 && !done; i++) {
		if (waitpid(pid, &st, WNOHANG) == pid)
			done = 1;
		else {
			struct timespec ts = {0, 10000000};
			nanosleep(&ts, 0);
		}
	}
	if (!done) {
		kill(pid, SIGKILL);
		waitpid(pid, &st, 0);
	}
	T_EQ_INT(done, 1);
	T_ASSERT(done && WIFEXITED(st) && WEXITSTATUS(st) == 0);

	pthread_mutex_lock(&m);
	release_it = 1;
	pthread_cond_broadcast(&cv);
	pthread_mutex_unlock(&m);
	T_EQ_INT(pthread_join(t, 0), 0);
	T_EQ_INT(printf("parent\n"), 7);
	return t_status();
}
