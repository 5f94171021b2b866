/* features.h - feature-test macro resolution and portability helpers (rcc). */
#ifndef _FEATURES_H
#define _FEATURES_H

/* _ALL_SOURCE implies everything; _DEFAULT_SOURCE is the BSD/SVID baseline. */
#if defined(_ALL_SOURCE) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE 1
#endif

#if defined(_DEFAULT_SOURCE) && !defined(_BSD_SOURCE)
#define _BSD_SOURCE 1
#endif

/* With no request at all (and not a strict -std=cXX), expose the default set. */
#if !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) \
 && !defined(_XOPEN_SOURCE) && !defined(_GNU_SOURCE) \
 && !defined(_BSD_SOURCE) && !defined(__STRICT_ANSI__)
#define _BSD_SOURCE 1
#define _XOPEN_SOURCE 700
#endif

/* Keywords that older language modes lack, spelled so every mode accepts them. */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define __restrict restrict
#elif !defined(__GNUC__)
#define __restrict
#endif

#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L) || defined(__cplusplus)
#define __inline inline
#elif !defined(__GNUC__)
#define __inline
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
/* _Noreturn is a keyword */
#elif defined(__GNUC__)
#define _Noreturn __attribute__((__noreturn__))
#else
#define _Noreturn
#endif

/* Give a declaration an alternate assembler name. */
#define __REDIR(x, y) __typeof__(x) x __asm__(#y)

#endif
