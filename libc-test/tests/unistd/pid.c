// getpid and getppid: positive, distinct, stable.
#include <t.h>

int main(void)
{
	int pid = getpid(), ppid = getppid();
	T_ASSERT(pid > 0);
	T_ASSERT(ppid > 0);
	T_ASSERT(pid != ppid);
	T_EQ_INT(getpid(), pid);
	T_EQ_INT(getppid(), ppid);
	return t_status();
}
