/* mq_open: the variadic C entry point; mode and attr are read only with O_CREAT
 * (POSIX mq_open()). The body is in src/mq/mq_open.rs. */
#define RCC_O_CREAT 0100

struct mq_attr;
int __rcc_mq_open(const char *name, int flags, unsigned mode, struct mq_attr *attr);

int mq_open(const char *name, int flags, ...)
{
	unsigned mode = 0;
	struct mq_attr *attr = 0;
	if (flags & RCC_O_CREAT) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, unsigned);
		attr = __builtin_va_arg(ap, struct mq_attr *);
		__builtin_va_end(ap);
	}
	return __rcc_mq_open(name, flags, mode, attr);
}
