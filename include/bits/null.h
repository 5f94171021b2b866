/* bits/null.h - the NULL macro, shared by every header that must define it (rcc). */
#ifndef NULL
#if defined(__cplusplus) && __cplusplus >= 201103L
#define NULL nullptr
#elif defined(__cplusplus)
#define NULL 0L
#else
#define NULL ((void *)0)
#endif
#endif
