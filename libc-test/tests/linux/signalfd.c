// signalfd: a blocked signal raised with raise() and one sent with kill() are read as
// 128-byte signalfd_siginfo records; replacing the mask; errno on bad input.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(sizeof(struct signalfd_siginfo), 128);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	T_EQ_INT(sigprocmask(SIG_BLOCK, &set, NULL), 0);

	int fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	struct signalfd_siginfo si;
	errno = 0;
	T_EQ_INT(read(fd, &si, sizeof si), -1);
	T_EQ_INT(errno, EAGAIN);

	T_EQ_INT(raise(SIGUSR1), 0);
	T_EQ_INT(read(fd, &si, sizeof si), sizeof si);
	T_EQ_INT(si.ssi_signo, SIGUSR1);
	T_EQ_INT(si.ssi_pid, getpid());
	T_EQ_INT(si.ssi_uid, getuid());

	T_EQ_INT(kill(getpid(), SIGUSR2), 0);
	T_EQ_INT(read(fd, &si, sizeof si), sizeof si);
	T_EQ_INT(si.ssi_signo, SIGUSR2);
	T_EQ_INT(si.ssi_code, SI_USER);

	/* Narrow the mask of the same descriptor: SIGUSR2 stays pending, unread. */
	sigset_t only1;
	sigemptyset(&only1);
	sigaddset(&only1, SIGUSR1);
	T_EQ_INT(signalfd(fd, &only1, 0), fd);
	T_EQ_INT(kill(getpid(), SIGUSR2), 0);
	errno = 0;
	T_EQ_INT(read(fd, &si, sizeof si), -1);
	T_EQ_INT(errno, EAGAIN);
	sigset_t pend;
	T_EQ_INT(sigpending(&pend), 0);
	T_ASSERT(sigismember(&pend, SIGUSR2));

	errno = 0;
	T_EQ_INT(signalfd(0, &set, 0), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(signalfd(-1, &set, 0x7), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(close(fd), 0);
	return t_status();
}
