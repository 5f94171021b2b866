/* strings.h - BSD string operations, POSIX <strings.h> (rcc).
 * Declares only the functions rcc implements so far. */
#ifndef _STRINGS_H
#define _STRINGS_H

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#include <features.h>
#include <bits/alltypes.h>

/* Legacy interfaces, removed from POSIX.1-2008. */
#if defined(_GNU_SOURCE) || defined(_BSD_SOURCE) || defined(_POSIX_SOURCE) \
 || (defined(_POSIX_C_SOURCE) && _POSIX_C_SOURCE + 0 < 200809L) \
 || (defined(_XOPEN_SOURCE) && _XOPEN_SOURCE + 0 < 700)
int bcmp(const void *, const void *, size_t);
void bcopy(const void *, void *, size_t);
void bzero(void *, size_t);
#endif

#ifdef __cplusplus
}
#endif

#endif
