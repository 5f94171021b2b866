/* fcntl, ioctl: the variadic C entry points. Each takes at most one argument after the
 * command, an integer or a pointer, read as an unsigned long (the x86_64 ABI passes both
 * in the same register class). Bodies are in src/fcntl/fcntl.rs, src/misc/ioctl.rs. */
int __rcc_fcntl(int fd, int cmd, unsigned long arg);
int __rcc_ioctl(int fd, int req, unsigned long arg);

int fcntl(int fd, int cmd, ...)
{
	unsigned long arg;
	__builtin_va_list ap;
	__builtin_va_start(ap, cmd);
	arg = __builtin_va_arg(ap, unsigned long);
	__builtin_va_end(ap);
	return __rcc_fcntl(fd, cmd, arg);
}

int ioctl(int fd, int req, ...)
{
	unsigned long arg;
	__builtin_va_list ap;
	__builtin_va_start(ap, req);
	arg = __builtin_va_arg(ap, unsigned long);
	__builtin_va_end(ap);
	return __rcc_ioctl(fd, req, arg);
}

__asm__(".weak fcntl64\n.set fcntl64, fcntl");
