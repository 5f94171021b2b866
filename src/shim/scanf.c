/* The scanf family's variadic C entry points: each starts its va_list and calls the
 * Rust v* function (src/stdio/vsscanf.rs, vscanf.rs, vfscanf/vfscanf.rs). */
struct rcc_file;

int vsscanf(const char *restrict s, const char *restrict fmt, __builtin_va_list ap);
int vfscanf(struct rcc_file *restrict f, const char *restrict fmt, __builtin_va_list ap);
int vscanf(const char *restrict fmt, __builtin_va_list ap);

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int fscanf(struct rcc_file *restrict f, const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int scanf(const char *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vscanf(fmt, ap);
	__builtin_va_end(ap);
	return r;
}
