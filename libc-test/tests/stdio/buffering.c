// Buffering modes observed through a pipe: full buffering holds data until fflush or a
// full buffer, line buffering writes at '\n', no buffering writes at once.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

static int avail(int fd)
{
	char buf[8192];
	int n = read(fd, buf, sizeof buf);
	return n < 0 ? 0 : n;
}

int main(void)
{
	int p[2];
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);

	FILE *f = fdopen(p[1], "w");
	T_ASSERT(f != NULL);
	fputs("abc\n", f);
	fputc('d', f);
	T_EQ_INT(avail(p[0]), 0);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(avail(p[0]), 5);
	/* A write larger than any buffer goes out at once, whole. */
	static char big[20000];
	memset(big, 'b', sizeof big);
	T_EQ_INT(fwrite(big, 1, 5000, f), 5000);
	int n = avail(p[0]);
	T_ASSERT(n >= 4096);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(n + avail(p[0]), 5000);

	fclose(f);

	/* Line buffered, in a caller's buffer. */
	static char lbuf[256];
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	f = fdopen(p[1], "w");
	T_EQ_INT(setvbuf(f, lbuf, _IOLBF, sizeof lbuf), 0);
	fputs("no newline", f);
	T_EQ_INT(avail(p[0]), 0);
	fputs(" yet\nrest", f);
	T_EQ_INT(avail(p[0]), 15);
	fputc('\n', f);
	T_EQ_INT(avail(p[0]), 5);

	fclose(f);

	/* Unbuffered. */
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	f = fdopen(p[1], "w");
	T_EQ_INT(setvbuf(f, NULL, _IONBF, 0), 0);
	fputc('x', f);
	T_EQ_INT(avail(p[0]), 1);
	fputs("yz", f);
	T_EQ_INT(avail(p[0]), 2);

	/* Invalid mode. */
	T_ASSERT(setvbuf(f, NULL, 42, 0) != 0);
	fclose(f);

	/* setbuf(NULL) and setlinebuf/setbuffer. */
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	f = fdopen(p[1], "w");
	setbuf(f, NULL);
	fputc('q', f);
	T_EQ_INT(avail(p[0]), 1);
	fclose(f);
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	f = fdopen(p[1], "w");
	setlinebuf(f);
	fputs("a", f);
	T_EQ_INT(avail(p[0]), 0);
	fputs("b\n", f);
	T_EQ_INT(avail(p[0]), 3);
	fclose(f);
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	f = fdopen(p[1], "w");
	static char sbuf[BUFSIZ];
	setbuffer(f, sbuf, sizeof sbuf);
	fputs("zz\n", f);
	T_EQ_INT(avail(p[0]), 0);
	fflush(NULL);
	T_EQ_INT(avail(p[0]), 3);
	fclose(f);

	/* stderr is unbuffered. */
	int saved = dup(2);
	T_EQ_INT(pipe2(p, O_NONBLOCK), 0);
	dup2(p[1], 2);
	fputc('e', stderr);
	fputs("rr", stderr);
	dup2(saved, 2);
	T_EQ_INT(avail(p[0]), 3);
	return t_status();
}
