// rcc-test: cflags=-pthread
// rcc-test: timeout=20
// Named semaphores: sem_open with O_CREAT/O_EXCL, mode and value; opening the same name
// again gives the same address; SEM_FAILED with errno; sharing across fork; sem_unlink
// while open; sem_close.
#include <t.h>
#include <semaphore.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static char name[64];

/* "/rcc-t-sem-<pid><suffix>": unique per run, since the four builds run at once. */
static const char *mkname(const char *suffix)
{
	const char *p = "/rcc-t-sem-";
	int n = 0;
	while (*p)
		name[n++] = *p++;
	char d[16];
	int k = 0;
	for (long v = getpid(); v; v /= 10)
		d[k++] = '0' + v % 10;
	while (k)
		name[n++] = d[--k];
	while (*suffix)
		name[n++] = *suffix++;
	name[n] = 0;
	return name;
}

static int timed_wait(sem_t *s)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += 8;
	return sem_timedwait(s, &ts);
}

int main(void)
{
	const char *nm = mkname("a");
	sem_unlink(nm);

	errno = 0;
	T_EQ_PTR(sem_open(nm, 0), SEM_FAILED);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_PTR(sem_open(nm, O_CREAT, 0600, (unsigned)SEM_VALUE_MAX + 1), SEM_FAILED);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_PTR(sem_open("/rcc-t-sem/x", O_CREAT, 0600, 1), SEM_FAILED);
	T_EQ_INT(errno, EINVAL);

	sem_t *a = sem_open(nm, O_CREAT | O_EXCL, 0600, 2);
	T_ASSERT(a != SEM_FAILED);
	int v = -1;
	T_EQ_INT(sem_getvalue(a, &v), 0);
	T_EQ_INT(v, 2);
	errno = 0;
	T_EQ_PTR(sem_open(nm, O_CREAT | O_EXCL, 0600, 0), SEM_FAILED);
	T_EQ_INT(errno, EEXIST);

	/* Same name again (O_CREAT without O_EXCL opens the existing one, value ignored). */
	sem_t *b = sem_open(nm, O_CREAT, 0600, 9);
	T_EQ_PTR(b, a);
	sem_t *c = sem_open(nm, 0);
	T_EQ_PTR(c, a);
	T_EQ_INT(sem_getvalue(c, &v), 0);
	T_EQ_INT(v, 2);
	T_EQ_INT(sem_trywait(a), 0);
	T_EQ_INT(sem_trywait(a), 0);
	T_EQ_INT(sem_trywait(a), -1);
	T_EQ_INT(errno, EAGAIN);
	T_EQ_INT(sem_close(b), 0);
	T_EQ_INT(sem_close(c), 0);

	/* Across fork: the child opens by name and posts. */
	pid_t pid = fork();
	if (pid == 0) {
		sem_t *s = sem_open(nm, 0);
		if (s == SEM_FAILED)
			_exit(10);
		if (sem_post(s))
			_exit(11);
		_exit(sem_close(s) ? 13 : 0);
	}
	T_EQ_INT(timed_wait(a), 0);
	int st = -1;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 0);
	/* The child's post was consumed; its exit changes nothing. */
	T_EQ_INT(sem_getvalue(a, &v), 0);
	T_EQ_INT(v, 0);

	/* Unlinked: the name is gone, the open semaphore still works. */
	T_EQ_INT(sem_unlink(nm), 0);
	errno = 0;
	T_EQ_INT(sem_unlink(nm), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_PTR(sem_open(nm, 0), SEM_FAILED);
	T_EQ_INT(errno, ENOENT);
	T_EQ_INT(sem_post(a), 0);
	T_EQ_INT(sem_getvalue(a, &v), 0);
	T_EQ_INT(v, 1);
	T_EQ_INT(sem_close(a), 0);

	/* A fresh one under the same name is a new semaphore. */
	sem_t *d = sem_open(nm, O_CREAT, 0600, 0);
	T_ASSERT(d != SEM_FAILED);
	T_EQ_INT(sem_getvalue(d, &v), 0);
	T_EQ_INT(v, 0);
	T_EQ_INT(sem_close(d), 0);
	T_EQ_INT(sem_unlink(nm), 0);
	return t_status();
}
