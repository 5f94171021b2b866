/* stddef.h - common definitions, C11 7.19 (rcc). */
#ifndef _STDDEF_H
#define _STDDEF_H

#include <bits/null.h>

#define __NEED_size_t
#define __NEED_ptrdiff_t
#define __NEED_wchar_t
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) \
 || (defined(__cplusplus) && __cplusplus >= 201103L)
#define __NEED_max_align_t
#endif
#include <bits/alltypes.h>

#if defined(__GNUC__) && __GNUC__ > 3
#define offsetof(type, member) __builtin_offsetof(type, member)
#else
#define offsetof(type, member) ((size_t)((char *)&(((type *)0)->member) - (char *)0))
#endif

#endif
