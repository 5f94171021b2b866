/* sys/times.h - process times, POSIX <sys/times.h> (rcc). */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_clock_t
#include <bits/alltypes.h>

/* CPU time in clock ticks (sysconf(_SC_CLK_TCK) per second). */
struct tms {
	clock_t tms_utime;  /* user time of the process */
	clock_t tms_stime;  /* system time of the process */
	clock_t tms_cutime; /* user time of waited-for children */
	clock_t tms_cstime; /* system time of waited-for children */
};

clock_t times(struct tms *);

#ifdef __cplusplus
}
#endif
#endif
