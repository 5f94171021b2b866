/* setjmp.h - non-local jumps, C17 7.13 and POSIX <setjmp.h> (rcc). */
#ifndef _SETJMP_H
#define _SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

#include <bits/setjmp.h>

/* The registers, whether a signal mask was saved, and that mask. */
typedef struct __jmp_buf_tag {
	__jmp_buf __jb;
	unsigned long __fl;
	unsigned long __ss[128 / sizeof(long)];
} jmp_buf[1];

#if defined(__GNUC__) && (__GNUC__ > 4 || (__GNUC__ == 4 && __GNUC_MINOR__ >= 1))
#define __rcc_returns_twice __attribute__((__returns_twice__))
#else
#define __rcc_returns_twice
#endif

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) \
 || defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
typedef jmp_buf sigjmp_buf;
int sigsetjmp(sigjmp_buf, int) __rcc_returns_twice;
_Noreturn void siglongjmp(sigjmp_buf, int);
#endif

#if defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)
int _setjmp(jmp_buf) __rcc_returns_twice;
_Noreturn void _longjmp(jmp_buf, int);
#endif

int setjmp(jmp_buf) __rcc_returns_twice;
_Noreturn void longjmp(jmp_buf, int);

#define setjmp setjmp

#undef __rcc_returns_twice

#ifdef __cplusplus
}
#endif

#endif
