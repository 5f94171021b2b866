/* sem_open: the variadic C entry point; mode and value are read only with O_CREAT
 * (POSIX sem_open()). The body is in src/thread/sem_open.rs. */
#define RCC_O_CREAT 0100

typedef struct sem_t sem_t;
sem_t *__rcc_sem_open(const char *name, int flags, unsigned mode, unsigned value);

sem_t *sem_open(const char *name, int flags, ...)
{
	unsigned mode = 0, value = 0;
	if (flags & RCC_O_CREAT) {
		__builtin_va_list ap;
		__builtin_va_start(ap, flags);
		mode = __builtin_va_arg(ap, unsigned);
		value = __builtin_va_arg(ap, unsigned);
		__builtin_va_end(ap);
	}
	return __rcc_sem_open(name, flags, mode, value);
}
