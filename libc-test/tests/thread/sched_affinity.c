// rcc-test: cflags=-pthread -D_GNU_SOURCE
// Scheduling attributes (defaults, round trips, EINVAL/ENOTSUP), PTHREAD_EXPLICIT_SCHED
// applied before the new thread runs (SCHED_OTHER under a SCHED_BATCH creator, and SCHED_FIFO as the kernel allows
// it for this process), inheritance by default, EPERM from pthread_create for SCHED_FIFO
// once privileges are dropped (in a child), pthread_setschedparam/getschedparam/
// setschedprio on another thread, pthread_getcpuclockid, and thread affinity
// (get/set, zero fill past the kernel's mask, EINVAL for an empty set).
#include <t.h>
#include <pthread.h>
#include <sched.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sys/resource.h>

static int seen_policy = -1, seen_prio = -1;

static void *report(void *arg)
{
	struct sched_param p;
	(void)arg;
	if (pthread_getschedparam(pthread_self(), &seen_policy, &p) == 0)
		seen_prio = p.sched_priority;
	return 0;
}

static volatile int release;

static void *spin(void *arg)
{
	(void)arg;
	while (!__atomic_load_n(&release, __ATOMIC_SEQ_CST))
		sched_yield();
	return 0;
}

static int create_explicit(int policy, int prio)
{
	pthread_attr_t a;
	struct sched_param p;
	pthread_t t;
	memset(&p, 0, sizeof p);
	p.sched_priority = prio;
	pthread_attr_init(&a);
	pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED);
	pthread_attr_setschedpolicy(&a, policy);
	pthread_attr_setschedparam(&a, &p);
	seen_policy = seen_prio = -1;
	int r = pthread_create(&t, &a, report, 0);
	pthread_attr_destroy(&a);
	if (r == 0)
		pthread_join(t, 0);
	return r;
}

/* In a child without privileges: explicit SCHED_FIFO must make pthread_create fail. */
static void unprivileged(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		struct rlimit rl = {0, 0};
		setrlimit(RLIMIT_RTPRIO, &rl);
		if (getuid() == 0 && setuid(65534) != 0)
			_exit(3);
		int r = create_explicit(SCHED_FIFO, 1);
		_exit(r == EPERM ? 0 : r == 0 ? 1 : 2);
	}
	int st = -1;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFEXITED(st));
	T_EQ_INT(WEXITSTATUS(st), 0);
}

int main(void)
{
	pthread_attr_t a;
	struct sched_param p;
	int v;

	unprivileged();

	T_EQ_INT(pthread_attr_init(&a), 0);
	v = -1;
	T_EQ_INT(pthread_attr_getinheritsched(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_INHERIT_SCHED);
	v = -1;
	T_EQ_INT(pthread_attr_getschedpolicy(&a, &v), 0);
	T_EQ_INT(v, SCHED_OTHER);
	p.sched_priority = -1;
	T_EQ_INT(pthread_attr_getschedparam(&a, &p), 0);
	T_EQ_INT(p.sched_priority, 0);
	v = -1;
	T_EQ_INT(pthread_attr_getscope(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_SCOPE_SYSTEM);
	T_EQ_INT(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS), ENOTSUP);
	T_EQ_INT(pthread_attr_setscope(&a, PTHREAD_SCOPE_SYSTEM), 0);
	T_EQ_INT(pthread_attr_setinheritsched(&a, 2), EINVAL);
	T_EQ_INT(pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED), 0);
	T_EQ_INT(pthread_attr_getinheritsched(&a, &v), 0);
	T_EQ_INT(v, PTHREAD_EXPLICIT_SCHED);
	T_EQ_INT(pthread_attr_setschedpolicy(&a, SCHED_RR), 0);
	T_EQ_INT(pthread_attr_getschedpolicy(&a, &v), 0);
	T_EQ_INT(v, SCHED_RR);
	p.sched_priority = 3;
	T_EQ_INT(pthread_attr_setschedparam(&a, &p), 0);
	p.sched_priority = 0;
	T_EQ_INT(pthread_attr_getschedparam(&a, &p), 0);
	T_EQ_INT(p.sched_priority, 3);
	pthread_attr_destroy(&a);

	/* Inherited by default: the creator's SCHED_OTHER. */
	pthread_t t;
	T_EQ_INT(pthread_create(&t, 0, report, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	T_EQ_INT(seen_policy, SCHED_OTHER);
	T_EQ_INT(seen_prio, 0);

	/* With the creator in SCHED_BATCH: inherited by default, overridden by an explicit
	 * SCHED_OTHER that is in force when the thread starts. */
	p.sched_priority = 0;
	T_EQ_INT(pthread_setschedparam(pthread_self(), SCHED_BATCH, &p), 0);
	T_EQ_INT(pthread_create(&t, 0, report, 0), 0);
	T_EQ_INT(pthread_join(t, 0), 0);
	T_EQ_INT(seen_policy, SCHED_BATCH);
	T_EQ_INT(create_explicit(SCHED_OTHER, 0), 0);
	T_EQ_INT(seen_policy, SCHED_OTHER);
	T_EQ_INT(seen_prio, 0);
	T_EQ_INT(pthread_setschedparam(pthread_self(), SCHED_OTHER, &p), 0);

	/* Another thread: set, read back, change the priority only. */
	T_EQ_INT(pthread_create(&t, 0, spin, 0), 0);
	int pol = -1;
	T_EQ_INT(pthread_getschedparam(t, &pol, &p), 0);
	T_EQ_INT(pol, SCHED_OTHER);
	T_EQ_INT(p.sched_priority, 0);
	p.sched_priority = 0;
	T_EQ_INT(pthread_setschedparam(t, SCHED_BATCH, &p), 0);
	T_EQ_INT(pthread_getschedparam(t, &pol, &p), 0);
	T_EQ_INT(pol, SCHED_BATCH);
	T_EQ_INT(pthread_setschedprio(t, 0), 0);
	T_EQ_INT(pthread_setschedprio(t, 5), EINVAL);
	p.sched_priority = 5;
	T_EQ_INT(pthread_setschedparam(t, SCHED_OTHER, &p), EINVAL);
	T_EQ_INT(pthread_setschedparam(t, 12345, &p), EINVAL);
	/* SCHED_FIFO: whatever the kernel says for a thread now, explicit creation agrees. */
	p.sched_priority = 1;
	int fifo = pthread_setschedparam(t, SCHED_FIFO, &p);
	T_ASSERT(fifo == 0 || fifo == EPERM);
	T_EQ_INT(create_explicit(SCHED_FIFO, 1), fifo);
	if (fifo == 0) {
		T_EQ_INT(seen_policy, SCHED_FIFO);
		T_EQ_INT(seen_prio, 1);
		T_EQ_INT(pthread_getschedparam(t, &pol, &p), 0);
		T_EQ_INT(pol, SCHED_FIFO);
		T_EQ_INT(pthread_setschedprio(t, 2), 0);
		T_EQ_INT(pthread_getschedparam(t, &pol, &p), 0);
		T_EQ_INT(pol, SCHED_FIFO);
		T_EQ_INT(p.sched_priority, 2);
		p.sched_priority = 0;
		T_EQ_INT(pthread_setschedparam(t, SCHED_OTHER, &p), 0);
	}

	/* CPU-time clocks of this thread and another. */
	clockid_t c;
	struct timespec ts;
	T_EQ_INT(pthread_getcpuclockid(pthread_self(), &c), 0);
	T_EQ_INT(clock_gettime(c, &ts), 0);
	T_EQ_INT(pthread_getcpuclockid(t, &c), 0);
	T_EQ_INT(clock_gettime(c, &ts), 0);

	/* Affinity. */
	cpu_set_t set, empty;
	T_EQ_INT(pthread_getaffinity_np(t, sizeof set, &set), 0);
	T_ASSERT(CPU_COUNT(&set) >= 1);
	T_EQ_INT(pthread_setaffinity_np(t, sizeof set, &set), 0);
	CPU_ZERO(&empty);
	T_EQ_INT(pthread_setaffinity_np(t, sizeof empty, &empty), EINVAL);
	unsigned char big[1024];
	memset(big, 0xff, sizeof big);
	T_EQ_INT(pthread_getaffinity_np(pthread_self(), sizeof big, (cpu_set_t *)big), 0);
	int tail_zero = 1;
	for (size_t i = sizeof set; i < sizeof big; i++)
		tail_zero &= big[i] == 0;
	T_ASSERT(tail_zero);
	T_ASSERT(CPU_COUNT((cpu_set_t *)big) >= 1);
	int first = -1;
	for (int i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &set)) {
			first = i;
			break;
		}
	T_ASSERT(first >= 0);
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(first, &one);
	T_EQ_INT(pthread_setaffinity_np(t, sizeof one, &one), 0);
	T_EQ_INT(pthread_getaffinity_np(t, sizeof set, &set), 0);
	T_EQ_INT(CPU_COUNT(&set), 1);
	T_ASSERT(CPU_ISSET(first, &set));

	__atomic_store_n(&release, 1, __ATOMIC_SEQ_CST);
	T_EQ_INT(pthread_join(t, 0), 0);
	return t_status();
}
