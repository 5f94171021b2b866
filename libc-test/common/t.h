/* t.h: assertion helpers for rcc's C conformance tests.
 *
 * Self-contained on purpose: the only libc function used is write(2), so tests can run
 * against a libc without stdio. A failed check prints file:line and the expression to
 * stderr and is counted; end main with `return t_status();`. */
#ifndef RCC_T_H
#define RCC_T_H

#include <unistd.h>

static inline int *t_failure_count(void)
{
	static int failures;
	return &failures;
}

static inline unsigned long t_len(const char *s)
{
	unsigned long n = 0;
	while (s[n])
		n++;
	return n;
}

static inline void t_write(int fd, const char *buf, unsigned long len)
{
	while (len > 0) {
		long n = write(fd, buf, len);
		if (n <= 0)
			return;
		buf += n;
		len -= (unsigned long)n;
	}
}

static inline void t_fputs(int fd, const char *s) { t_write(fd, s, t_len(s)); }

static inline void t_fputnum(int fd, long long v)
{
	char buf[24];
	int i = sizeof buf;
	/* Work on the magnitude as unsigned so LLONG_MIN formats correctly. */
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	t_write(fd, buf + i, sizeof buf - (unsigned long)i);
}

static inline void t_fputhex(int fd, unsigned long long v)
{
	char buf[18];
	int i = sizeof buf;
	do {
		buf[--i] = "0123456789abcdef"[v & 15];
		v >>= 4;
	} while (v);
	buf[--i] = 'x';
	buf[--i] = '0';
	t_write(fd, buf + i, sizeof buf - (unsigned long)i);
}

/* stdout, for tests that check their output with expect-stdout. */
static inline void t_puts(const char *s) { t_fputs(1, s); }
static inline void t_putnum(long long v) { t_fputnum(1, v); }
/* stderr, for diagnostics. */
static inline void t_err(const char *s) { t_fputs(2, s); }
static inline void t_errnum(long long v) { t_fputnum(2, v); }

static inline void t_fail_at(const char *file, int line, const char *what)
{
	++*t_failure_count();
	t_err(file);
	t_err(":");
	t_errnum(line);
	t_err(": FAIL: ");
	t_err(what);
	t_err("\n");
}

static inline int t_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static inline int t_memeq(const void *a, const void *b, unsigned long n)
{
	const unsigned char *p = a, *q = b;
	for (unsigned long i = 0; i < n; i++)
		if (p[i] != q[i])
			return 0;
	return 1;
}

static inline void t_show_str(const char *label, const char *s)
{
	t_err(label);
	if (!s) {
		t_err("(null)\n");
		return;
	}
	t_err("\"");
	t_err(s);
	t_err("\"\n");
}

#define T_ASSERT(cond) \
	do { \
		if (!(cond)) \
			t_fail_at(__FILE__, __LINE__, #cond); \
	} while (0)

#define T_EQ_INT(a, b) \
	do { \
		long long t_a_ = (long long)(a), t_b_ = (long long)(b); \
		if (t_a_ != t_b_) { \
			t_fail_at(__FILE__, __LINE__, #a " == " #b); \
			t_err("    got "); \
			t_errnum(t_a_); \
			t_err(", expected "); \
			t_errnum(t_b_); \
			t_err("\n"); \
		} \
	} while (0)

#define T_EQ_PTR(a, b) \
	do { \
		const void *t_a_ = (const void *)(a), *t_b_ = (const void *)(b); \
		if (t_a_ != t_b_) { \
			t_fail_at(__FILE__, __LINE__, #a " == " #b); \
			t_err("    got "); \
			t_fputhex(2, (unsigned long)t_a_); \
			t_err(", expected "); \
			t_fputhex(2, (unsigned long)t_b_); \
			t_err("\n"); \
		} \
	} while (0)

#define T_EQ_STR(a, b) \
	do { \
		const char *t_a_ = (a), *t_b_ = (b); \
		if (!t_streq(t_a_, t_b_)) { \
			t_fail_at(__FILE__, __LINE__, #a " == " #b); \
			t_show_str("    got      ", t_a_); \
			t_show_str("    expected ", t_b_); \
		} \
	} while (0)

#define T_EQ_MEM(a, b, n) \
	do { \
		if (!t_memeq((a), (b), (n))) \
			t_fail_at(__FILE__, __LINE__, "memory " #a " == " #b); \
	} while (0)

/* Sign of a comparison result: -1, 0 or 1. */
#define T_SIGN(x) ((x) < 0 ? -1 : (x) > 0)

/* The value main should return: 0 if every check passed. */
static inline int t_status(void) { return *t_failure_count() ? 1 : 0; }

#endif
