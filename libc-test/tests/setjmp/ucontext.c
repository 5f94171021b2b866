/* getcontext/makecontext/swapcontext ping-pong with arguments (including ones passed on
 * the stack), uc_link, setcontext back to a getcontext point. musl has none of these. */
#include <signal.h>
#include <ucontext.h>
#include "t.h"

static ucontext_t main_ctx, co_ctx, done_ctx;
static char co_stack[65536] __attribute__((aligned(16)));
static volatile long trace[16];
static volatile int ntrace;
static volatile long sum;

static void co(int a, int b, int c, int d, int e, int f, int g, int h)
{
	double x = 1.5; /* stack alignment: SSE spills need 16-byte alignment */
	volatile double y = x * a;
	sum = a + b + c + d + e + f + g + h + (long)y - 1;
	trace[ntrace++] = 1;
	swapcontext(&co_ctx, &main_ctx);
	trace[ntrace++] = 3;
	swapcontext(&co_ctx, &main_ctx);
	trace[ntrace++] = 5;
	/* returning resumes uc_link */
}

int main(void)
{
	volatile int passes = 0;
	sigset_t mask;

	T_EQ_INT(getcontext(&co_ctx), 0);
	co_ctx.uc_stack.ss_sp = co_stack;
	co_ctx.uc_stack.ss_size = sizeof co_stack;
	co_ctx.uc_link = &done_ctx;
	makecontext(&co_ctx, (void (*)(void))co, 8, 1, 2, 3, 4, 5, 6, 7, 8);

	T_EQ_INT(getcontext(&done_ctx), 0);
	passes++;
	if (passes == 1) {
		T_EQ_INT(swapcontext(&main_ctx, &co_ctx), 0);
		trace[ntrace++] = 2;
		T_EQ_INT(swapcontext(&main_ctx, &co_ctx), 0);
		trace[ntrace++] = 4;
		swapcontext(&main_ctx, &co_ctx);
		T_ASSERT(!"not reached: co returns to done_ctx");
	}
	T_EQ_INT(passes, 2);
	T_EQ_INT(ntrace, 5);
	T_EQ_INT(trace[0], 1);
	T_EQ_INT(trace[1], 2);
	T_EQ_INT(trace[2], 3);
	T_EQ_INT(trace[3], 4);
	T_EQ_INT(trace[4], 5);
	T_EQ_INT(sum, 36);

	/* The signal mask travels with the context. */
	sigemptyset(&mask);
	sigprocmask(SIG_SETMASK, &mask, 0);
	passes = 0;
	getcontext(&main_ctx);
	passes++;
	if (passes == 1) {
		sigaddset(&mask, SIGUSR1);
		sigprocmask(SIG_SETMASK, &mask, 0);
		setcontext(&main_ctx);
		T_ASSERT(!"not reached");
	}
	sigprocmask(SIG_BLOCK, 0, &mask);
	T_EQ_INT(sigismember(&mask, SIGUSR1), 0);
	return t_status();
}
