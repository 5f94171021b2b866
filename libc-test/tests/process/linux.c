// getrandom, getentropy (257 bytes is EIO on musl and glibc), sched affinity and
// CPU_* macros, sched_yield, priority ranges, prctl names, times.
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/times.h>
#include <t.h>

int main(void)
{
	unsigned char a[64], b[64];
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	T_EQ_INT(getrandom(a, sizeof a, 0), sizeof a);
	T_EQ_INT(getrandom(b, sizeof b, GRND_NONBLOCK), sizeof b);
	T_ASSERT(memcmp(a, b, sizeof a) != 0);
	errno = 0;
	T_EQ_INT(getrandom(a, 8, 0x1000), -1);
	T_EQ_INT(errno, EINVAL);
	unsigned char big[257];
	T_EQ_INT(getentropy(big, 256), 0);
	errno = 0;
	T_EQ_INT(getentropy(big, 257), -1);
	T_EQ_INT(errno, EIO);

	cpu_set_t set;
	CPU_ZERO(&set);
	T_EQ_INT(CPU_COUNT(&set), 0);
	T_EQ_INT(sched_getaffinity(0, sizeof set, &set), 0);
	T_ASSERT(CPU_COUNT(&set) >= 1);
	int first = -1;
	for (int i = 0; i < CPU_SETSIZE && first < 0; i++)
		if (CPU_ISSET(i, &set))
			first = i;
	T_ASSERT(first >= 0);
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(first, &one);
	T_EQ_INT(CPU_COUNT(&one), 1);
	T_EQ_INT(sched_setaffinity(0, sizeof one, &one), 0);
	cpu_set_t now;
	T_EQ_INT(sched_getaffinity(0, sizeof now, &now), 0);
	T_ASSERT(CPU_EQUAL(&now, &one));
	T_EQ_INT(sched_setaffinity(0, sizeof set, &set), 0);
	CPU_CLR(first, &one);
	T_EQ_INT(CPU_COUNT(&one), 0);
	errno = 0;
	T_EQ_INT(sched_setaffinity(0, sizeof one, &one), -1);
	T_EQ_INT(errno, EINVAL);
	T_EQ_INT(sched_yield(), 0);
	T_ASSERT(sched_getcpu() >= 0 && CPU_ISSET(sched_getcpu(), &set));
	T_EQ_INT(sched_get_priority_max(SCHED_FIFO), 99);
	T_EQ_INT(sched_get_priority_min(SCHED_RR), 1);
	errno = 0;
	T_EQ_INT(sched_get_priority_max(12345), -1);
	T_EQ_INT(errno, EINVAL);

	char name[16];
	T_EQ_INT(prctl(PR_SET_NAME, "rcc-name-test"), 0);
	memset(name, 0, sizeof name);
	T_EQ_INT(prctl(PR_GET_NAME, name), 0);
	T_EQ_STR(name, "rcc-name-test");
	errno = 0;
	T_EQ_INT(prctl(0x7fff), -1);
	T_EQ_INT(errno, EINVAL);

	struct tms t;
	t.tms_utime = -1;
	T_ASSERT(times(&t) != (clock_t)-1);
	T_ASSERT(t.tms_utime >= 0 && t.tms_cutime >= 0);
	return t_status();
}
