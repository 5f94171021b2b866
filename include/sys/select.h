/* sys/select.h - synchronous I/O multiplexing, POSIX <sys/select.h> (rcc). */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

#define __NEED_size_t
#define __NEED_time_t
#define __NEED_suseconds_t
#define __NEED_struct_timeval
#define __NEED_struct_timespec
#define __NEED_sigset_t
#include <bits/alltypes.h>

#define FD_SETSIZE 1024

typedef unsigned long fd_mask;

/* One bit per descriptor below FD_SETSIZE, in longs. */
typedef struct {
	unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#define __FD_WORD(d) ((d) / (8 * sizeof(long)))
#define __FD_BIT(d) (1UL << ((d) % (8 * sizeof(long))))
#define FD_ZERO(s) do { unsigned long *__w = (s)->fds_bits; \
	unsigned __n = sizeof(fd_set) / sizeof(long); \
	while (__n--) *__w++ = 0; } while (0)
#define FD_SET(d, s) ((s)->fds_bits[__FD_WORD(d)] |= __FD_BIT(d))
#define FD_CLR(d, s) ((s)->fds_bits[__FD_WORD(d)] &= ~__FD_BIT(d))
#define FD_ISSET(d, s) (!!((s)->fds_bits[__FD_WORD(d)] & __FD_BIT(d)))

int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
	struct timeval *__restrict);
int pselect(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict,
	const struct timespec *__restrict, const sigset_t *__restrict);

#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
#define NFDBITS (8 * (int)sizeof(long))
#endif

#ifdef __cplusplus
}
#endif

#endif
