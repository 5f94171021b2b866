/* sys/syscall.h - system call numbers, SYS_name and __NR_name (rcc).
 * bits/syscall.h is generated from arch/x86_64/syscalls.tbl when the sysroot is installed. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <bits/syscall.h>

#endif
