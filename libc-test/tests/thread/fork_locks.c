// rcc-test: cflags=-pthread
// rcc-test: timeout=60
// fork from a multi-threaded process: while other threads hammer malloc/free, their own
// stdio stream, fopen/fclose (the open-file list), setenv/getenv, localtime_r and random,
// the main thread forks repeatedly. Each child must be able to use printf, fopen,
// setenv, malloc, localtime_r, random and pthread_create, signal itself through
// pthread_kill (its thread id is its own), lock an error-checking mutex, and exit 0
// within 5 s (a child stuck on a lock left held is killed and counted as a failure;
// after two such children the test stops forking).
#define _GNU_SOURCE
#include <t.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int stop;

static void *hammer_malloc(void *arg)
{
	(void)arg;
	void *p[16] = {0};
	for (unsigned i = 0; !stop; i++) {
		free(p[i % 16]);
		p[i % 16] = malloc(16 + i % 3000);
	}
	for (int i = 0; i < 16; i++)
		free(p[i]);
	return 0;
}

static void *hammer_stdio(void *arg)
{
	(void)arg;
	FILE *own = fopen("/dev/null", "w");
	for (unsigned i = 0; !stop; i++) {
		fprintf(own, "%u %s\n", i, "hammer");
		if (i % 64 == 0) {
			FILE *f = fopen("/dev/null", "r");
			if (f)
				fclose(f);
		}
	}
	fclose(own);
	return 0;
}

static void *hammer_env(void *arg)
{
	(void)arg;
	char v[16];
	for (unsigned i = 0; !stop; i++) {
		snprintf(v, sizeof v, "%u", i);
		setenv("HAMMER", v, 1);
		getenv("HAMMER");
		if (i % 8 == 0)
			unsetenv("HAMMER");
		time_t t = i;
		struct tm tm;
		localtime_r(&t, &tm);
		random();
	}
	return 0;
}

static volatile sig_atomic_t got_usr1;
static void on_usr1(int s) { (void)s; got_usr1 = 1; }
static void *child_thread(void *arg) { return (char *)arg + 1; }

static int child(int i)
{
	char *p = malloc(1000);
	if (!p)
		return 2;
	memset(p, 'x', 1000);
	if (printf("child %d\n", i) < 0 || fflush(stdout))
		return 3;
	FILE *f = fopen("/dev/null", "w");
	if (!f || fprintf(f, "%d", i) < 0 || fclose(f))
		return 4;
	if (setenv("CHILD", "1", 1) || !getenv("CHILD") || strcmp(getenv("CHILD"), "1"))
		return 5;
	time_t t = 0;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return 6;
	random();
	pthread_t th;
	void *r;
	if (pthread_create(&th, 0, child_thread, p) || pthread_join(th, &r) || r != p + 1)
		return 7;
	signal(SIGUSR1, on_usr1);
	if (pthread_kill(pthread_self(), SIGUSR1) || !got_usr1)
		return 8;
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&m, &a);
	if (pthread_mutex_lock(&m) || pthread_mutex_lock(&m) != EDEADLK || pthread_mutex_unlock(&m))
		return 9;
	flockfile(stdout);
	if (ftrylockfile(stdout))
		return 10;
	funlockfile(stdout);
	funlockfile(stdout);
	free(p);
	return 0;
}

/* Waits up to 5 s for `pid`; -1 if it had to be killed. */
static int reap(pid_t pid)
{
	int st;
	for (int i = 0; i < 500; i++) {
		pid_t r = waitpid(pid, &st, WNOHANG);
		if (r == pid)
			return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
		struct timespec ts = {0, 10000000};
		nanosleep(&ts, 0);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	return -1;
}

int main(void)
{
	/* The children print; keep it out of the test's output. */
	int null = open("/dev/null", O_WRONLY);
	T_ASSERT(null >= 0);
	dup2(null, 1);
	pthread_t th[3];
	T_EQ_INT(pthread_create(&th[0], 0, hammer_malloc, 0), 0);
	T_EQ_INT(pthread_create(&th[1], 0, hammer_stdio, 0), 0);
	T_EQ_INT(pthread_create(&th[2], 0, hammer_env, 0), 0);
	int bad = 0, hung = 0;
	for (int i = 0; i < 150 && hung < 2; i++) {
		printf("parent %d\n", i);
		pid_t pid = fork();
		if (pid == 0)
			_exit(child(i));
		T_ASSERT(pid > 0);
		int r = reap(pid);
		if (r == -1)
			hung++;
		else if (r != 0) {
			bad++;
			t_err("child status ");
			t_errnum(r);
			t_err("\n");
		}
	}
	stop = 1;
	for (int i = 0; i < 3; i++)
		T_EQ_INT(pthread_join(th[i], 0), 0);
	T_EQ_INT(hung, 0);
	T_EQ_INT(bad, 0);
	return t_status();
}
