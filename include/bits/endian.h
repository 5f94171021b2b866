/* bits/endian.h - byte order of x86_64 (rcc). */
#define __BYTE_ORDER __LITTLE_ENDIAN
