/* The printf family's variadic C entry points: each starts its va_list and calls the
 * Rust v* function (src/stdio/vsnprintf.rs, vsprintf.rs, vasprintf.rs, vdprintf.rs,
 * vprintf.rs, vfprintf/vfprintf.rs). */
typedef unsigned long rcc_size_t;
struct rcc_file;

int vsnprintf(char *restrict s, rcc_size_t n, const char *restrict fmt, __builtin_va_list ap);
int vsprintf(char *restrict s, const char *restrict fmt, __builtin_va_list ap);
int vasprintf(char **strp, const char *fmt, __builtin_va_list ap);
int vdprintf(int fd, const char *restrict fmt, __builtin_va_list ap);
int vfprintf(struct rcc_file *restrict f, const char *restrict fmt, __builtin_va_list ap);
int vprintf(const char *restrict fmt, __builtin_va_list ap);

int snprintf(char *restrict s, rcc_size_t n, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vsprintf(s, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int asprintf(char **strp, const char *fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vasprintf(strp, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int fprintf(struct rcc_file *restrict f, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int printf(const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vprintf(fmt, ap);
	__builtin_va_end(ap);
	return r;
}
