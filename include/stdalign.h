/* stdalign.h - alignment, C11 7.15 (rcc). */
#ifndef _STDALIGN_H
#define _STDALIGN_H

#ifndef __cplusplus
/* Before C11 these keywords are GNU extensions, still usable by name. */
#define alignas _Alignas
#define alignof _Alignof
#endif

#define __alignas_is_defined 1
#define __alignof_is_defined 1

#endif
