/* prctl: the variadic C entry point. The kernel always reads four argument words, so
 * four are fetched whatever the option (as musl; extra reads are harmless on x86_64,
 * where they come from registers or the caller's frame). Body: src/linux/prctl.rs. */
int __rcc_prctl(int op, unsigned long a, unsigned long b, unsigned long c, unsigned long d);

int prctl(int op, ...)
{
	unsigned long a, b, c, d;
	__builtin_va_list ap;
	__builtin_va_start(ap, op);
	a = __builtin_va_arg(ap, unsigned long);
	b = __builtin_va_arg(ap, unsigned long);
	c = __builtin_va_arg(ap, unsigned long);
	d = __builtin_va_arg(ap, unsigned long);
	__builtin_va_end(ap);
	return __rcc_prctl(op, a, b, c, d);
}
