/* open, openat: the variadic C entry points; the mode argument is read only when the
 * flags say one was passed (POSIX open(): O_CREAT or O_TMPFILE). Bodies are in
 * src/fcntl/open.rs. */
#define RCC_O_CREAT 0100
#define RCC_O_TMPFILE 020200000

int __rcc_open(const char *path, int flags, unsigned mode);
int __rcc_openat(int dirfd, const char *path, int flags, unsigned mode);

int open(const char *path, int flags, ...)
{
	unsigned mode = 0;
	if ((flags & RCC_O_CREAT) || (flags & RCC_O_TMPFILE) == RCC_O_TMPFILE) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, unsigned);
		__builtin_va_end(ap);
	}
	return __rcc_open(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	unsigned mode = 0;
	if ((flags & RCC_O_CREAT) || (flags & RCC_O_TMPFILE) == RCC_O_TMPFILE) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, unsigned);
		__builtin_va_end(ap);
	}
	return __rcc_openat(dirfd, path, flags, mode);
}

__asm__(".weak open64\n.set open64, open\n.weak openat64\n.set openat64, openat");
