/* malloc.h - allocator extensions (rcc). The malloc family as in musl's <malloc.h>,
 * plus glibc's pvalloc, malloc_trim, mallinfo and mallinfo2, which musl lacks. */
#ifndef _MALLOC_H
#define _MALLOC_H

#ifdef __cplusplus
extern "C" {
#endif

#define __NEED_size_t
#include <bits/alltypes.h>

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
void *valloc(size_t);
void *memalign(size_t, size_t);

size_t malloc_usable_size(void *);

/* glibc extensions. */
void *pvalloc(size_t);
int malloc_trim(size_t);

struct mallinfo {
	int arena, ordblks, smblks, hblks, hblkhd;
	int usmblks, fsmblks, uordblks, fordblks, keepcost;
};
struct mallinfo mallinfo(void);

struct mallinfo2 {
	size_t arena, ordblks, smblks, hblks, hblkhd;
	size_t usmblks, fsmblks, uordblks, fordblks, keepcost;
};
struct mallinfo2 mallinfo2(void);

#ifdef __cplusplus
}
#endif

#endif
