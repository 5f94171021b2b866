// strerror strerror_l strerror_r (XSI) strsignal: messages, truncation, unknown numbers.
// rcc-test: cflags=-fno-builtin
#define _POSIX_C_SOURCE 200809L
#include <string.h>
#include <errno.h>
#include <t.h>

/* A C locale object: newlocale where <locale.h> exists; rcc has no <locale.h> yet and its
 * _l functions accept any value, so there a null locale_t stands in. */
#if __has_include(<locale.h>)
#include <locale.h>
#define C_LOCALE() newlocale(LC_ALL_MASK, "C", (locale_t)0)
#else
#define C_LOCALE() ((locale_t)0)
#endif

int main(void)
{
	T_EQ_STR(strerror(EINVAL), "Invalid argument");
	T_EQ_STR(strerror(ENOENT), "No such file or directory");
	T_EQ_STR(strerror(EPERM), "Operation not permitted");
	T_EQ_STR(strerror(EACCES), "Permission denied");
	T_EQ_PTR(strerror(EAGAIN), strerror(EWOULDBLOCK));
	T_EQ_STR(strerror_l(EBADF, C_LOCALE()), strerror(EBADF));
	errno = 0;
	(void)strerror(12345);
	T_EQ_INT(errno, 0);

	char buf[64];
	T_EQ_INT(strerror_r(EINVAL, buf, sizeof buf), 0);
	T_EQ_STR(buf, "Invalid argument");
	T_EQ_INT(strerror_r(EINVAL, buf, 17), 0); /* 16 characters + NUL: fits exactly */
	T_EQ_STR(buf, "Invalid argument");
	T_EQ_INT(strerror_r(EINVAL, buf, 16), ERANGE);
	T_EQ_STR(buf, "Invalid argumen"); /* truncated, still terminated */
	T_EQ_INT(strerror_r(EINVAL, buf, 8), ERANGE);
	T_EQ_STR(buf, "Invalid");
	buf[0] = '#';
	T_EQ_INT(strerror_r(EINVAL, buf, 0), ERANGE);
	T_EQ_INT(buf[0], '#');
	errno = 0;
	int r = strerror_r(12345, buf, sizeof buf);
#ifdef __GLIBC__
	T_EQ_INT(r, EINVAL);
	T_EQ_STR(buf, "Unknown error 12345");
#else
	/* musl: a message for every number, and success. */
	T_EQ_INT(r, 0);
	T_EQ_STR(buf, "No error information");
	T_EQ_STR(strerror(12345), "No error information");
	T_EQ_STR(strerror(0), "No error information");
	T_EQ_STR(strerror(-1), "No error information");
	T_EQ_STR(strerror(ERANGE), "Result not representable");
	T_EQ_STR(strerror(ENOMEM), "Out of memory");
	T_EQ_STR(strerror(EAGAIN), "Resource temporarily unavailable");
	T_EQ_STR(strsignal(10) /* SIGUSR1 */, "User defined signal 1");
	T_EQ_STR(strsignal(40), "RT40");
	T_EQ_STR(strsignal(0), "Unknown signal");
	T_EQ_STR(strsignal(65), "Unknown signal");
	T_EQ_STR(strsignal(-3), "Unknown signal");
#endif
	T_EQ_INT(errno, 0);

	T_EQ_STR(strsignal(1) /* SIGHUP */, "Hangup");
	T_EQ_STR(strsignal(2) /* SIGINT */, "Interrupt");
	T_EQ_STR(strsignal(3) /* SIGQUIT */, "Quit");
	T_EQ_STR(strsignal(4) /* SIGILL */, "Illegal instruction");
	T_EQ_STR(strsignal(9) /* SIGKILL */, "Killed");
	T_EQ_STR(strsignal(11) /* SIGSEGV */, "Segmentation fault");
	T_EQ_STR(strsignal(13) /* SIGPIPE */, "Broken pipe");
	T_EQ_STR(strsignal(14) /* SIGALRM */, "Alarm clock");
	T_EQ_STR(strsignal(15) /* SIGTERM */, "Terminated");
	return t_status();
}
