// pthread_atfork: prepare handlers run newest first, parent and child handlers oldest
// first, each in its own process.
#include <pthread.h>
#include <sys/wait.h>
#include <t.h>

static char log_[32];
static int n;
static void p1(void) { log_[n++] = 'p'; }
static void p2(void) { log_[n++] = 'P'; }
static void a1(void) { log_[n++] = 'a'; }
static void a2(void) { log_[n++] = 'A'; }
static void c1(void) { log_[n++] = 'c'; }
static void c2(void) { log_[n++] = 'C'; }

int main(void)
{
	T_EQ_INT(pthread_atfork(p1, a1, c1), 0);
	T_EQ_INT(pthread_atfork(p2, a2, c2), 0);
	T_EQ_INT(pthread_atfork(0, 0, 0), 0);
	pid_t pid = fork();
	if (pid == 0)
		_exit(t_memeq(log_, "PpcC", 5) ? 0 : 1);
	log_[n] = 0;
	T_EQ_STR(log_, "PpaA");
	int st = -1;
	T_EQ_INT(waitpid(pid, &st, 0), pid);
	T_EQ_INT(st, 0);
	return t_status();
}
