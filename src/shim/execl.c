/* execl, execlp, execle: the variadic C entry points (POSIX exec). Each counts its
 * arguments, copies them into an argv array on its own stack and calls the array form
 * (src/process/execve.rs, execvp.rs). */
extern char **__environ;
int execve(const char *, char *const [], char *const []);
int execvpe(const char *, char *const [], char *const []);

/* Counts the arguments after arg0 up to the terminating null pointer. */
#define RCC_COUNT(n, last) do { \
	__builtin_va_list ap_; \
	__builtin_va_start(ap_, last); \
	for (n = 1; __builtin_va_arg(ap_, char *); n++); \
	__builtin_va_end(ap_); \
} while (0)

/* Fills argv[0..n] (argv[n] = 0) and leaves ap positioned after the null pointer. */
#define RCC_FILL(argv, n, arg0, ap) do { \
	int i_; \
	argv[0] = (char *)(arg0); \
	for (i_ = 1; i_ <= n; i_++) \
		argv[i_] = __builtin_va_arg(ap, char *); \
} while (0)

int execl(const char *path, const char *arg0, ...)
{
	int n;
	RCC_COUNT(n, arg0);
	{
		char *argv[n + 1];
		__builtin_va_list ap;
		__builtin_va_start(ap, arg0);
		RCC_FILL(argv, n, arg0, ap);
		__builtin_va_end(ap);
		return execve(path, argv, __environ);
	}
}

int execlp(const char *file, const char *arg0, ...)
{
	int n;
	RCC_COUNT(n, arg0);
	{
		char *argv[n + 1];
		__builtin_va_list ap;
		__builtin_va_start(ap, arg0);
		RCC_FILL(argv, n, arg0, ap);
		__builtin_va_end(ap);
		return execvpe(file, argv, __environ);
	}
}

int execle(const char *path, const char *arg0, ...)
{
	int n;
	RCC_COUNT(n, arg0);
	{
		char *argv[n + 1];
		char **envp;
		__builtin_va_list ap;
		__builtin_va_start(ap, arg0);
		RCC_FILL(argv, n, arg0, ap);
		envp = __builtin_va_arg(ap, char **);
		__builtin_va_end(ap);
		return execve(path, argv, envp);
	}
}
