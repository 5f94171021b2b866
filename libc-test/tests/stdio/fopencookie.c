// fopencookie: reads, writes, seeks and close go through the cookie functions.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include "t.h"

struct mem { char data[256]; size_t len, pos; int closed, writes; };

static ssize_t mread(void *c, char *buf, size_t n)
{
	struct mem *m = c;
	size_t left = m->len - m->pos;
	if (n > left)
		n = left;
	memcpy(buf, m->data + m->pos, n);
	m->pos += n;
	return n;
}

static ssize_t mwrite(void *c, const char *buf, size_t n)
{
	struct mem *m = c;
	m->writes++;
	if (n > sizeof m->data - m->pos)
		n = sizeof m->data - m->pos;
	memcpy(m->data + m->pos, buf, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	return n;
}

static int mseek(void *c, off_t *off, int whence)
{
	struct mem *m = c;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (base + *off < 0 || base + *off > (off_t)m->len)
		return -1;
	m->pos = base + *off;
	*off = m->pos;
	return 0;
}

static int mclose(void *c)
{
	((struct mem *)c)->closed = 1;
	return 0;
}

static ssize_t failwrite(void *c, const char *buf, size_t n)
{
	(void)c, (void)buf, (void)n;
	errno = EIO;
	return -1;
}

int main(void)
{
	struct mem m = { .len = 0 };
	cookie_io_functions_t io = { mread, mwrite, mseek, mclose };
	FILE *f = fopencookie(&m, "w+", io);
	T_ASSERT(f != NULL);
	T_EQ_INT(fileno(f), -1);
	fputs("hello cookie\n", f);
	T_EQ_INT(m.writes, 0);
	T_EQ_INT(fflush(f), 0);
	T_ASSERT(m.writes >= 1);
	T_EQ_MEM(m.data, "hello cookie\n", 13);
	T_EQ_INT(fseek(f, 6, SEEK_SET), 0);
	char buf[32];
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "cookie\n");
	T_EQ_INT(fgetc(f), EOF);
	T_ASSERT(feof(f));
	T_EQ_INT(ftell(f), 13);
	T_EQ_INT(fclose(f), 0);
	T_EQ_INT(m.closed, 1);

	/* A failing write sets the error indicator. */
	cookie_io_functions_t bad = { NULL, failwrite, NULL, NULL };
	f = fopencookie(&m, "w", bad);
	fputs("x", f);
	T_EQ_INT(fflush(f), EOF);
	T_ASSERT(ferror(f));
	/* No seek function: fseek fails. */
	T_EQ_INT(fseek(f, 0, SEEK_SET), -1);
	fclose(f);
	return t_status();
}
