/* mremap: the variadic C entry point; the fifth argument (the new address) is read only
 * with MREMAP_FIXED. The body is in src/mman/mremap.rs. */
#define RCC_MREMAP_FIXED 2

void *__rcc_mremap(void *old, unsigned long old_len, unsigned long new_len, int flags,
		   void *new_addr);

void *mremap(void *old, unsigned long old_len, unsigned long new_len, int flags, ...)
{
	void *new_addr = 0;
	if (flags & RCC_MREMAP_FIXED) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		new_addr = __builtin_va_arg(ap, void *);
		__builtin_va_end(ap);
	}
	return __rcc_mremap(old, old_len, new_len, flags, new_addr);
}
