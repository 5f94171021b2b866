/* sys/ioctl.h - device control, Linux ioctl(2) (rcc).
 * Only the terminal requests rcc itself uses are named so far. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#ifdef __cplusplus
extern "C" {
#endif

#include <features.h>

#define __NEED_struct_winsize
#include <bits/alltypes.h>

#define TIOCGPGRP 0x540F
#define TIOCSPGRP 0x5410
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define FIONREAD 0x541B
#define FIONBIO 0x5421
#define FIOCLEX 0x5451
#define FIONCLEX 0x5450

int ioctl(int, int, ...);

#ifdef __cplusplus
}
#endif

#endif
