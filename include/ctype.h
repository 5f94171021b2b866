/* ctype.h - character classification and case mapping, C11 7.4 / POSIX (rcc).
 * Only the C/POSIX locale exists: nothing above 0x7f has a class. */
#ifndef _CTYPE_H
#define _CTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

int isalnum(int);
int isalpha(int);
int isblank(int);
int iscntrl(int);
int isdigit(int);
int isgraph(int);
int islower(int);
int isprint(int);
int ispunct(int);
int isspace(int);
int isupper(int);
int isxdigit(int);
int tolower(int);
int toupper(int);

#ifndef __cplusplus
/* Inline forms of the simple classes. Each evaluates its argument once; the `0 ? f(c) :`
 * arm keeps the argument's type checking of the real function. */
static __inline int __isspace(int __c)
{
	return __c == ' ' || (unsigned)__c - '\t' <= 4U;
}
#define isdigit(c) (0 ? isdigit(c) : (unsigned)(c) - '0' <= 9U)
#define isalpha(c) (0 ? isalpha(c) : ((unsigned)(c) | 0x20) - 'a' <= 25U)
#define islower(c) (0 ? islower(c) : (unsigned)(c) - 'a' <= 25U)
#define isupper(c) (0 ? isupper(c) : (unsigned)(c) - 'A' <= 25U)
#define isprint(c) (0 ? isprint(c) : (unsigned)(c) - ' ' <= 0x7eU - ' ')
#define isgraph(c) (0 ? isgraph(c) : (unsigned)(c) - '!' <= 0x7eU - '!')
#define isspace(c) __isspace(c)
#endif

#if defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) \
 || defined(_GNU_SOURCE) || defined(_BSD_SOURCE)

#define __NEED_locale_t
#include <bits/alltypes.h>

int isalnum_l(int, locale_t);
int isalpha_l(int, locale_t);
int isblank_l(int, locale_t);
int iscntrl_l(int, locale_t);
int isdigit_l(int, locale_t);
int isgraph_l(int, locale_t);
int islower_l(int, locale_t);
int isprint_l(int, locale_t);
int ispunct_l(int, locale_t);
int isspace_l(int, locale_t);
int isupper_l(int, locale_t);
int isxdigit_l(int, locale_t);
int tolower_l(int, locale_t);
int toupper_l(int, locale_t);

int isascii(int);
int toascii(int);
/* Case flips valid only for letters of the other case (XSI). */
#define _tolower(c) ((c) | 0x20)
#define _toupper(c) ((c) & 0x5f)
#ifndef __cplusplus
#define isascii(c) (0 ? isascii(c) : (unsigned)(c) <= 0x7fU)
#endif

#endif

#ifdef __cplusplus
}
#endif

#endif
