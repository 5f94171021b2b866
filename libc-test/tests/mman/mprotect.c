// mprotect: a read-only page faults on write (SIGSEGV, seen by waitpid); reads still work;
// restoring PROT_WRITE allows the write; bad protection is EINVAL.
#include <errno.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <t.h>

int main(void)
{
	volatile char *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T_ASSERT(p != MAP_FAILED);
	p[0] = 7;
	T_EQ_INT(mprotect((void *)p, 4096, PROT_READ), 0);
	T_EQ_INT(p[0], 7);
	pid_t pid = fork();
	if (pid == 0) {
		p[0] = 8;
		_exit(0);
	}
	int st = 0;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_ASSERT(WIFSIGNALED(st));
	T_ASSERT(!WIFEXITED(st));
	T_EQ_INT(WTERMSIG(st), SIGSEGV);
	T_EQ_INT(mprotect((void *)p, 4096, PROT_READ | PROT_WRITE), 0);
	p[0] = 9;
	T_EQ_INT(p[0], 9);
	errno = 0;
	T_EQ_INT(mprotect((void *)p, 4096, 0x7fff0000), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(munmap((void *)p, 4096), 0);
	/* The range is gone now. */
	errno = 0;
	T_EQ_INT(mprotect((void *)p, 4096, PROT_READ), -1);
	T_EQ_INT(errno, ENOMEM);
	return t_status();
}
