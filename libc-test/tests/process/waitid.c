// waitid: P_PID with WEXITED fills siginfo; WNOWAIT leaves the child waitable; P_ALL;
// bad idtype is EINVAL.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	T_EQ_INT(waitid(P_PID, pid, &si, WEXITED | WNOWAIT), 0);
	T_EQ_INT(si.si_pid, pid);
	T_EQ_INT(si.si_signo, SIGCHLD);
	T_EQ_INT(si.si_code, CLD_EXITED);
	T_EQ_INT(si.si_status, 3);
	memset(&si, 0, sizeof si);
	T_EQ_INT(waitid(P_ALL, 0, &si, WEXITED), 0);
	T_EQ_INT(si.si_pid, pid);
	errno = 0;
	T_EQ_INT(waitid(P_ALL, 0, &si, WEXITED), -1);
	T_EQ_INT(errno, ECHILD);
	errno = 0;
	T_EQ_INT(waitid((idtype_t)77, 0, &si, WEXITED), -1);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
