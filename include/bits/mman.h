/* bits/mman.h - x86_64-only mapping flags (rcc). */
#define MAP_32BIT 0x40
