// time: returns the realtime clock's seconds and stores them through a non-null pointer;
// the same through a function pointer held in data (which rcc binds straight to the
// vDSO's time, an IFUNC as in glibc), and that pointer compares equal to time.
#include <t.h>
#include <time.h>

time_t (*volatile data_ptr)(time_t *) = time;

int main(void)
{
	struct timespec ts;
	time_t stored = 0;
	T_EQ_INT(clock_gettime(CLOCK_REALTIME, &ts), 0);
	time_t a = time(&stored);
	T_EQ_INT(a, stored);
	time_t b = data_ptr(0);
	time_t c = time(0);
	T_ASSERT(ts.tv_sec <= a && a <= b && b <= c);
	T_ASSERT(c - ts.tv_sec < 5);
	T_ASSERT(data_ptr == time);
	time_t (*volatile code_ptr)(time_t *) = time;
	T_ASSERT(code_ptr == data_ptr);
	// The seconds go on: within 3 s of waiting, time() moves by 1 to 3.
	struct timespec wait = {1, 100000000};
	T_EQ_INT(nanosleep(&wait, 0), 0);
	time_t d = data_ptr(&stored);
	T_ASSERT(d == stored && d - c >= 1 && d - c <= 3);
	return t_status();
}
