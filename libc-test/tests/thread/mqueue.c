// rcc-test: cflags=-pthread
// rcc-test: timeout=20
// <mqueue.h>: mq_open (O_CREAT/O_EXCL, attributes), send/receive in priority order,
// EMSGSIZE/EAGAIN/ETIMEDOUT/EINVAL, mq_getattr/mq_setattr (O_NONBLOCK), mq_notify with
// SIGEV_SIGNAL and SIGEV_THREAD, a message from a child process, mq_unlink, mq_close.
#include <t.h>
#include <mqueue.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static char name[64];

static void mkname(void)
{
	const char *p = "/rcc-t-mq-";
	int n = 0;
	while (*p)
		name[n++] = *p++;
	char d[16];
	int k = 0;
	for (long v = getpid(); v; v /= 10)
		d[k++] = '0' + v % 10;
	while (k)
		name[n++] = d[--k];
	name[n] = 0;
}

static struct timespec in_secs(int s)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += s;
	return ts;
}

static sem_t notified;
static volatile int notified_value;

static void on_message(union sigval v)
{
	notified_value = v.sival_int;
	sem_post(&notified);
}

static int send_str(mqd_t q, const char *s, unsigned prio)
{
	return mq_send(q, s, t_len(s), prio);
}

static void expect(mqd_t q, const char *s, unsigned prio)
{
	char buf[32] = {0};
	unsigned p = 999;
	T_EQ_INT(mq_receive(q, buf, sizeof buf, &p), (long)t_len(s));
	T_EQ_STR(buf, s);
	T_EQ_INT(p, prio);
}

int main(void)
{
	mkname();
	mq_unlink(name);
	struct mq_attr at = {0}, old;
	at.mq_maxmsg = 4;
	at.mq_msgsize = 32;
	errno = 0;
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &at);
	if (q == (mqd_t)-1 && errno == ENOSYS) {
		/* No POSIX message queues in this kernel: the calls must still be real ones. */
		int p[2];
		T_EQ_INT(pipe(p), 0);
		T_EQ_INT(mq_getattr(p[0], &old), -1);
		T_EQ_INT(errno, ENOSYS);
		t_puts("mqueue: kernel has no message queues\n");
		return t_status();
	}
	T_ASSERT(q != (mqd_t)-1);
	T_EQ_INT(mq_getattr(q, &old), 0);
	T_EQ_INT(old.mq_flags, 0);
	T_EQ_INT(old.mq_maxmsg, 4);
	T_EQ_INT(old.mq_msgsize, 32);
	T_EQ_INT(old.mq_curmsgs, 0);
	errno = 0;
	T_EQ_INT(mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &at), -1);
	T_EQ_INT(errno, EEXIST);

	/* Priority order, FIFO within a priority. */
	T_EQ_INT(send_str(q, "low", 1), 0);
	T_EQ_INT(send_str(q, "high-1", 5), 0);
	T_EQ_INT(send_str(q, "mid", 3), 0);
	T_EQ_INT(send_str(q, "high-2", 5), 0);
	T_EQ_INT(mq_getattr(q, &old), 0);
	T_EQ_INT(old.mq_curmsgs, 4);
	/* Full: a timed send with a deadline already past times out. */
	struct timespec past = {1, 0};
	errno = 0;
	T_EQ_INT(mq_timedsend(q, "x", 1, 0, &past), -1);
	T_EQ_INT(errno, ETIMEDOUT);
	expect(q, "high-1", 5);
	expect(q, "high-2", 5);
	expect(q, "mid", 3);
	expect(q, "low", 1);

	/* Errors. */
	char big[40] = {0};
	errno = 0;
	T_EQ_INT(mq_send(q, big, 33, 0), -1);
	T_EQ_INT(errno, EMSGSIZE);
	errno = 0;
	T_EQ_INT(mq_send(q, big, 1, 32768), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(mq_receive(q, big, 31, 0), -1);
	T_EQ_INT(errno, EMSGSIZE);
	errno = 0;
	T_EQ_INT(mq_timedreceive(q, big, sizeof big, 0, &past), -1);
	T_EQ_INT(errno, ETIMEDOUT);

	/* O_NONBLOCK via mq_setattr; only mq_flags changes. */
	struct mq_attr nb = {0};
	nb.mq_flags = O_NONBLOCK;
	nb.mq_maxmsg = 99;
	T_EQ_INT(mq_setattr(q, &nb, &old), 0);
	T_EQ_INT(old.mq_flags, 0);
	T_EQ_INT(mq_getattr(q, &old), 0);
	T_EQ_INT(old.mq_flags, O_NONBLOCK);
	T_EQ_INT(old.mq_maxmsg, 4);
	errno = 0;
	T_EQ_INT(mq_receive(q, big, sizeof big, 0), -1);
	T_EQ_INT(errno, EAGAIN);
	nb.mq_flags = 0;
	T_EQ_INT(mq_setattr(q, &nb, 0), 0);

	/* SIGEV_SIGNAL notification. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T_EQ_INT(sigprocmask(SIG_BLOCK, &set, 0), 0);
	struct sigevent sev = {0};
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 77;
	T_EQ_INT(mq_notify(q, &sev), 0);
	errno = 0;
	T_EQ_INT(mq_notify(q, &sev), -1);
	T_EQ_INT(errno, EBUSY);
	T_EQ_INT(send_str(q, "sig", 2), 0);
	siginfo_t si;
	struct timespec five = {5, 0};
	T_EQ_INT(sigtimedwait(&set, &si, &five), SIGUSR1);
	T_EQ_INT(si.si_code, SI_MESGQ);
	T_EQ_INT(si.si_value.sival_int, 77);
	expect(q, "sig", 2);

	/* SIGEV_THREAD notification; then register and remove again. */
	sem_init(&notified, 0, 0);
	struct sigevent tev = {0};
	tev.sigev_notify = SIGEV_THREAD;
	tev.sigev_notify_function = on_message;
	tev.sigev_value.sival_int = 4242;
	T_EQ_INT(mq_notify(q, &tev), 0);
	T_EQ_INT(send_str(q, "thr", 4), 0);
	struct timespec ts = in_secs(8);
	T_EQ_INT(sem_timedwait(&notified, &ts), 0);
	T_EQ_INT(notified_value, 4242);
	expect(q, "thr", 4);
	T_EQ_INT(mq_notify(q, &tev), 0);
	T_EQ_INT(mq_notify(q, 0), 0);
	T_EQ_INT(mq_notify(q, &sev), 0);
	T_EQ_INT(mq_notify(q, 0), 0);

	/* A child process opens the queue by name and sends. */
	pid_t pid = fork();
	if (pid == 0) {
		mqd_t c = mq_open(name, O_WRONLY);
		if (c == (mqd_t)-1)
			_exit(10);
		if (send_str(c, "child", 9))
			_exit(11);
		_exit(mq_close(c) ? 12 : 0);
	}
	ts = in_secs(8);
	char buf[32] = {0};
	unsigned p = 0;
	T_EQ_INT(mq_timedreceive(q, buf, sizeof buf, &p, &ts), 5);
	T_EQ_STR(buf, "child");
	T_EQ_INT(p, 9);
	int st = -1;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(st, 0);

	T_EQ_INT(mq_unlink(name), 0);
	errno = 0;
	T_EQ_INT(mq_unlink(name), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(mq_open(name, O_RDWR), -1);
	T_EQ_INT(errno, ENOENT);
	/* Still usable until closed. */
	T_EQ_INT(send_str(q, "after", 0), 0);
	expect(q, "after", 0);
	T_EQ_INT(mq_close(q), 0);
	errno = 0;
	T_EQ_INT(mq_close(q), -1);
	T_EQ_INT(errno, EBADF);
	return t_status();
}
