// fopen modes, fputs/fwrite/fgets/fread, feof/ferror, fileno, fclose, mode errors.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	char buf[64];
	FILE *f = fopen("a.txt", "w");
	T_ASSERT(f != NULL);
	T_ASSERT(fileno(f) > 2);
	T_ASSERT(fputs("line one\n", f) >= 0);
	T_EQ_INT(fwrite("line two\nxyz", 1, 12, f), 12);
	T_EQ_INT(fputc('!', f), '!');
	T_EQ_INT(putc('\n', f), '\n');
	/* Reading a write-only stream fails and sets the error indicator. */
	T_EQ_INT(fgetc(f), EOF);
	T_ASSERT(ferror(f));
	clearerr(f);
	T_ASSERT(!ferror(f));
	T_EQ_INT(fclose(f), 0);

	f = fopen("a.txt", "rb");
	T_ASSERT(f != NULL);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "line one\n");
	/* A short buffer stops at n-1 bytes. */
	T_EQ_PTR(fgets(buf, 5, f), buf);
	T_EQ_STR(buf, "line");
	T_EQ_INT(fgetc(f), ' ');
	T_EQ_INT(getc(f), 't');
	T_EQ_INT(fread(buf, 1, sizeof buf, f), 8);
	T_EQ_MEM(buf, "wo\nxyz!\n", 8);
	T_ASSERT(feof(f));
	T_ASSERT(!ferror(f));
	/* Reading at end of file keeps returning EOF. */
	T_EQ_INT(fgetc(f), EOF);
	T_EQ_PTR(fgets(buf, sizeof buf, f), NULL);
	/* fgets with n == 1 stores an empty string. */
	T_EQ_PTR(fgets(buf, 1, f), buf);
	T_EQ_INT(buf[0], 0);
	/* Writing a read-only stream fails. */
	T_EQ_INT(fputc('x', f), EOF);
	T_ASSERT(ferror(f));
	T_EQ_INT(fclose(f), 0);

	/* "a" appends; "a+" reads from the start. */
	f = fopen("a.txt", "a");
	T_ASSERT(f != NULL);
	T_ASSERT(fputs("tail\n", f) >= 0);
	T_EQ_INT(ftell(f), 28);
	T_EQ_INT(fclose(f), 0);
	f = fopen("a.txt", "a+");
	T_ASSERT(f != NULL);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "line one\n");
	T_EQ_INT(fseek(f, 0, SEEK_CUR), 0);
	T_ASSERT(fputs("more\n", f) >= 0);
	T_EQ_INT(fflush(f), 0);
	T_EQ_INT(ftell(f), 33);
	T_EQ_INT(fclose(f), 0);

	/* "w+" truncates and reads back; "r+" writes in place. */
	f = fopen("b.txt", "w+");
	T_ASSERT(f != NULL);
	T_ASSERT(fputs("hello world", f) >= 0);
	rewind(f);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "hello world");
	T_EQ_INT(fclose(f), 0);
	f = fopen("b.txt", "r+");
	T_ASSERT(f != NULL);
	T_ASSERT(fputs("HELLO", f) >= 0);
	T_EQ_INT(fseek(f, 0, SEEK_SET), 0);
	T_EQ_INT(fread(buf, 1, 11, f), 11);
	T_EQ_MEM(buf, "HELLO world", 11);
	T_EQ_INT(fclose(f), 0);

	/* Mode errors. */
	errno = 0;
	T_EQ_PTR(fopen("b.txt", "z"), NULL);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_PTR(fopen("missing.txt", "r"), NULL);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_PTR(fopen("b.txt", "wx"), NULL);
	T_EQ_INT(errno, EEXIST);
	f = fopen("c.txt", "wx");
	T_ASSERT(f != NULL);
	T_EQ_INT(fclose(f), 0);

	/* "e" sets close-on-exec. */
	f = fopen("c.txt", "re");
	T_ASSERT(f != NULL);
	T_ASSERT(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	T_EQ_INT(fclose(f), 0);
	f = fopen("c.txt", "r");
	T_ASSERT(!(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC));
	T_EQ_INT(fclose(f), 0);

	/* fdopen on an existing descriptor. */
	int fd = open("c.txt", O_RDWR);
	f = fdopen(fd, "r+");
	T_ASSERT(f != NULL);
	T_EQ_INT(fileno(f), fd);
	T_ASSERT(fputs("fd!", f) >= 0);
	T_EQ_INT(fclose(f), 0);
	T_EQ_INT(close(fd), -1);
	f = fopen("c.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "fd!");
	T_EQ_INT(fclose(f), 0);
	errno = 0;
	T_EQ_PTR(fdopen(0, "q"), NULL);
	T_EQ_INT(errno, EINVAL);
	return t_status();
}
