/* makecontext: the variadic C entry point; it gathers the integer arguments and hands
 * them to __rcc_makecontext (src/signal/makecontext.rs), which builds the new stack. */
void __rcc_makecontext(void *ucp, void (*func)(void), int argc, const long *args);

void makecontext(void *ucp, void (*func)(void), int argc, ...)
{
	long args[64];
	int i, n = argc < 0 ? 0 : argc > 64 ? 64 : argc;
	__builtin_va_list ap;
	__builtin_va_start(ap, argc);
	for (i = 0; i < n; i++)
		args[i] = __builtin_va_arg(ap, long);
	__builtin_va_end(ap);
	__rcc_makecontext(ucp, func, n, args);
}
