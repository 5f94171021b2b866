/* assert.h - diagnostics, C <assert.h> (rcc).
 * No include guard on purpose: each inclusion redefines assert() for the current NDEBUG. */
#include <features.h>

#undef assert

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((void)((e) || (__assert_fail(#e, __FILE__, __LINE__, __func__), 0)))
#endif

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus) \
 && !defined(static_assert)
#define static_assert _Static_assert
#endif

#ifndef _ASSERT_H_DECL
#define _ASSERT_H_DECL
#ifdef __cplusplus
extern "C" {
#endif

_Noreturn void __assert_fail(const char *, const char *, int, const char *);

#ifdef __cplusplus
}
#endif
#endif
