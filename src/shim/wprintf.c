/* The wide printf/scanf families' variadic C entry points: each starts its va_list and calls
 * the Rust v* function (src/stdio/vswprintf.rs, vfwprintf.rs, vwprintf.rs, vswscanf.rs, vfwscanf.rs). */
typedef unsigned long rcc_size_t;
typedef int rcc_wchar_t;
struct rcc_file;

int vswprintf(rcc_wchar_t *restrict s, rcc_size_t n, const rcc_wchar_t *restrict fmt,
	      __builtin_va_list ap);
int vfwprintf(struct rcc_file *restrict f, const rcc_wchar_t *restrict fmt, __builtin_va_list ap);
int vwprintf(const rcc_wchar_t *restrict fmt, __builtin_va_list ap);

int swprintf(rcc_wchar_t *restrict s, rcc_size_t n, const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vswprintf(s, n, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int fwprintf(struct rcc_file *restrict f, const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vfwprintf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int wprintf(const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vwprintf(fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int vswscanf(const rcc_wchar_t *restrict s, const rcc_wchar_t *restrict fmt, __builtin_va_list ap);

int swscanf(const rcc_wchar_t *restrict s, const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vswscanf(s, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int vfwscanf(struct rcc_file *restrict f, const rcc_wchar_t *restrict fmt, __builtin_va_list ap);
int vwscanf(const rcc_wchar_t *restrict fmt, __builtin_va_list ap);

int fwscanf(struct rcc_file *restrict f, const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vfwscanf(f, fmt, ap);
	__builtin_va_end(ap);
	return r;
}

int wscanf(const rcc_wchar_t *restrict fmt, ...)
{
	int r;
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	r = vwscanf(fmt, ap);
	__builtin_va_end(ap);
	return r;
}
