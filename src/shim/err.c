/* err, errx, warn, warnx: the variadic BSD <err.h> entry points; each starts its va_list
 * and calls the v* form (src/legacy/err.rs). */
void vwarn(const char *fmt, __builtin_va_list ap);
void vwarnx(const char *fmt, __builtin_va_list ap);
__attribute__((__noreturn__)) void verr(int status, const char *fmt, __builtin_va_list ap);
__attribute__((__noreturn__)) void verrx(int status, const char *fmt, __builtin_va_list ap);

void warn(const char *fmt, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	vwarn(fmt, ap);
	__builtin_va_end(ap);
}

void warnx(const char *fmt, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	vwarnx(fmt, ap);
	__builtin_va_end(ap);
}

__attribute__((__noreturn__)) void err(int status, const char *fmt, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	verr(status, fmt, ap);
}

__attribute__((__noreturn__)) void errx(int status, const char *fmt, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, fmt);
	verrx(status, fmt, ap);
}
