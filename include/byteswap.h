/* byteswap.h - GNU byte-swapping functions (rcc). */
#ifndef _BYTESWAP_H
#define _BYTESWAP_H

#include <features.h>
#include <stdint.h>

static __inline uint16_t __bswap_16(uint16_t __v)
{
	return (uint16_t)(__v << 8 | __v >> 8);
}

static __inline uint32_t __bswap_32(uint32_t __v)
{
	return __v >> 24 | (__v >> 8 & 0xff00) | (__v << 8 & 0xff0000) | __v << 24;
}

static __inline uint64_t __bswap_64(uint64_t __v)
{
	return (uint64_t)__bswap_32((uint32_t)__v) << 32 | __bswap_32((uint32_t)(__v >> 32));
}

#define bswap_16(x) __bswap_16(x)
#define bswap_32(x) __bswap_32(x)
#define bswap_64(x) __bswap_64(x)

#endif
