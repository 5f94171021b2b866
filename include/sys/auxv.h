/* sys/auxv.h - access to the ELF auxiliary vector (GNU/musl) (rcc). */
#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#ifdef __cplusplus
extern "C" {
#endif

#include <elf.h>

unsigned long getauxval(unsigned long);

#ifdef __cplusplus
}
#endif

#endif
