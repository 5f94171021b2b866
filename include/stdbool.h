/* stdbool.h - boolean type and values, C11 7.18 (rcc). */
#ifndef _STDBOOL_H
#define _STDBOOL_H

#ifndef __cplusplus
#define true 1
#define false 0
#define bool _Bool
#endif

#define __bool_true_false_are_defined 1

#endif
