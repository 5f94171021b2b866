// rcc-test: cflags=-pthread
// rcc-test: timeout=20
// Process-shared robust mutexes: a child process that dies holding one (by _exit, by
// SIGKILL, while the parent is already blocked on it) leaves it to the parent with
// EOWNERDEAD, also for a priority-inheritance one; the child's own locking after fork works.
#include <t.h>
#include <pthread.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

struct shared {
	pthread_mutex_t m[3];
	pthread_mutex_t pi;
	volatile int ready;
};

static void init_robust(pthread_mutex_t *mx, int type)
{
	pthread_mutexattr_t a;
	T_EQ_INT(pthread_mutexattr_init(&a), 0);
	if (type < 0) {
		type = PTHREAD_MUTEX_NORMAL;
		T_EQ_INT(pthread_mutexattr_setprotocol(&a, PTHREAD_PRIO_INHERIT), 0);
	}
	T_EQ_INT(pthread_mutexattr_settype(&a, type), 0);
	T_EQ_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
	T_EQ_INT(pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	T_EQ_INT(pthread_mutex_init(mx, &a), 0);
	pthread_mutexattr_destroy(&a);
}

static int timed(pthread_mutex_t *mx)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 8;
	return pthread_mutex_timedlock(mx, &ts);
}

static int wait_child(pid_t pid)
{
	int st = 0;
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

int main(void)
{
	struct shared *s = mmap(0, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(s != MAP_FAILED);
	for (int i = 0; i < 3; i++)
		init_robust(&s->m[i], i == 1 ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_NORMAL);

	/* The parent holds m[2] across fork: the child cannot unlock it. */
	T_EQ_INT(pthread_mutex_lock(&s->m[2]), 0);

	/* Child locks m[0] and m[1] (twice), then _exits holding them. */
	pid_t pid = fork();
	if (pid == 0) {
		if (pthread_mutex_unlock(&s->m[2]) != EPERM)
			_exit(10);
		if (pthread_mutex_lock(&s->m[0]) || pthread_mutex_lock(&s->m[1]) || pthread_mutex_lock(&s->m[1]))
			_exit(11);
		_exit(0);
	}
	T_EQ_INT(wait_child(pid), 0);
	T_EQ_INT(timed(&s->m[0]), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_trylock(&s->m[1]), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_consistent(&s->m[0]), 0);
	T_EQ_INT(pthread_mutex_consistent(&s->m[1]), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->m[1]), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->m[1]), EPERM);
	T_EQ_INT(pthread_mutex_unlock(&s->m[0]), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->m[2]), 0);

	/* Parent blocks on m[0] while the child holds it; the child is SIGKILLed. */
	s->ready = 0;
	pid = fork();
	if (pid == 0) {
		if (pthread_mutex_lock(&s->m[0]))
			_exit(12);
		s->ready = 1;
		for (;;)
			pause();
	}
	while (!s->ready)
		sched_yield();
	T_EQ_INT(pthread_mutex_trylock(&s->m[0]), EBUSY);
	pid_t killer = fork();
	if (killer == 0) {
		struct timespec d = {0, 50 * 1000 * 1000};
		nanosleep(&d, 0);
		kill(pid, SIGKILL);
		_exit(0);
	}
	T_EQ_INT(timed(&s->m[0]), EOWNERDEAD);
	T_EQ_INT(wait_child(killer), 0);
	int st = wait_child(pid);
	T_ASSERT(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	/* Unlock without consistent: the child now sees ENOTRECOVERABLE too. */
	T_EQ_INT(pthread_mutex_unlock(&s->m[0]), 0);
	pid = fork();
	if (pid == 0)
		_exit(pthread_mutex_lock(&s->m[0]) == ENOTRECOVERABLE ? 0 : 13);
	T_EQ_INT(wait_child(pid), 0);
	T_EQ_INT(pthread_mutex_lock(&s->m[0]), ENOTRECOVERABLE);

	/* Robust priority-inheritance, process-shared: the child dies holding it, once
	 * while the parent already waits in the kernel. */
	init_robust(&s->pi, -1);
	pid = fork();
	if (pid == 0)
		_exit(pthread_mutex_lock(&s->pi) ? 15 : 0);
	T_EQ_INT(wait_child(pid), 0);
	T_EQ_INT(timed(&s->pi), EOWNERDEAD);
	T_EQ_INT(pthread_mutex_consistent(&s->pi), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->pi), 0);
	s->ready = 0;
	pid = fork();
	if (pid == 0) {
		if (pthread_mutex_lock(&s->pi))
			_exit(16);
		s->ready = 1;
		struct timespec d = {0, 50 * 1000 * 1000};
		nanosleep(&d, 0);
		_exit(0);
	}
	while (!s->ready)
		sched_yield();
	T_EQ_INT(timed(&s->pi), EOWNERDEAD);
	T_EQ_INT(wait_child(pid), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->pi), 0);
	T_EQ_INT(pthread_mutex_trylock(&s->pi), ENOTRECOVERABLE);

	/* A child that locks and unlocks normally, then exits: no owner death. */
	pid = fork();
	if (pid == 0) {
		if (pthread_mutex_lock(&s->m[1]) || pthread_mutex_unlock(&s->m[1]))
			_exit(14);
		_exit(0);
	}
	T_EQ_INT(wait_child(pid), 0);
	T_EQ_INT(pthread_mutex_lock(&s->m[1]), 0);
	T_EQ_INT(pthread_mutex_unlock(&s->m[1]), 0);
	return t_status();
}
