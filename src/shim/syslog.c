/* syslog: the variadic C entry point; it starts its va_list and calls vsyslog
 * (src/misc/syslog.rs). */
void vsyslog(int priority, const char *message, __builtin_va_list ap);

void syslog(int priority, const char *message, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, message);
	vsyslog(priority, message, ap);
	__builtin_va_end(ap);
}
