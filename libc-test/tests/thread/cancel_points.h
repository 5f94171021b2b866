/* cancel_points.h: the driver shared by the cancel_points_*.c tests (not a test itself).
 *
 * Each case runs `call` in a new thread inside a cleanup handler. A "blocked" case is
 * cancelled by the main thread while the call waits; a "pending" case cancels itself just
 * before the call, which must act on it. Either way the cleanup handler must run and the
 * thread must join as PTHREAD_CANCELED; a call that returns, or a thread that stays
 * blocked for 5 s, fails the test. */
#include <t.h>
#include <pthread.h>
#include <time.h>

struct cp_case {
	const char *name;
	void (*call)(void);
	int pending;
	void (*setup)(void);
	void (*teardown)(void);
};

static volatile int cp_cleaned, cp_returned, cp_started;
static void cp_on_cleanup(void *x) { (void)x; cp_cleaned = 1; }

static void *cp_runner(void *arg)
{
	const struct cp_case *c = arg;
	pthread_cleanup_push(cp_on_cleanup, 0);
	cp_started = 1;
	if (c->pending)
		pthread_cancel(pthread_self());
	c->call();
	cp_returned = 1;
	pthread_cleanup_pop(0);
	return 0;
}

static void cp_nap(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts))
		;
}

static void cp_fail(const char *name, const char *why)
{
	t_err(name);
	t_err(": ");
	t_err(why);
	t_err("\n");
	++*t_failure_count();
}

static void cp_run(const struct cp_case *c)
{
	pthread_t t;
	void *r = 0;
	cp_cleaned = cp_returned = cp_started = 0;
	if (c->setup)
		c->setup();
	if (pthread_create(&t, 0, cp_runner, (void *)c)) {
		cp_fail(c->name, "pthread_create failed");
		return;
	}
	if (!c->pending) {
		while (!cp_started)
			cp_nap(1);
		cp_nap(20);
		pthread_cancel(t);
	}
	for (int i = 0; i < 500 && !cp_cleaned && !cp_returned; i++)
		cp_nap(10);
	if (!cp_cleaned && !cp_returned) {
		cp_fail(c->name, "still blocked 5 s after pthread_cancel");
		_exit(1);
	}
	pthread_join(t, &r);
	if (cp_returned)
		cp_fail(c->name, "returned instead of acting on the cancellation");
	else if (r != PTHREAD_CANCELED)
		cp_fail(c->name, "joined without PTHREAD_CANCELED");
	if (c->teardown)
		c->teardown();
}
