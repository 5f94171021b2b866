// ftell/fseek/fgetpos/fsetpos/rewind with buffered reads, ungetc, and read/write mixing
// with an intervening seek.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "t.h"

int main(void)
{
	char buf[64];
	FILE *f = fopen("s.txt", "w+");
	T_ASSERT(f != NULL);
	T_EQ_INT(ftell(f), 0);
	fputs("0123456789abcdef", f);
	T_EQ_INT(ftell(f), 16);
	T_EQ_INT(ftello(f), 16);
	T_EQ_INT(fseek(f, 0, SEEK_SET), 0);
	/* Reading fills the buffer but ftell counts only what was consumed. */
	T_EQ_INT(fgetc(f), '0');
	T_EQ_INT(fgetc(f), '1');
	T_EQ_INT(ftell(f), 2);
	/* ungetc moves the position back and clears EOF. */
	T_EQ_INT(ungetc('X', f), 'X');
	T_EQ_INT(ftell(f), 1);
	T_EQ_INT(fgetc(f), 'X');
	T_EQ_INT(ftell(f), 2);
	T_EQ_INT(ungetc(EOF, f), EOF);
	/* fseek relative to the current position accounts for buffered input. */
	T_EQ_INT(fseek(f, 3, SEEK_CUR), 0);
	T_EQ_INT(fgetc(f), '5');
	T_EQ_INT(fseek(f, -2, SEEK_END), 0);
	T_EQ_INT(fgetc(f), 'e');
	T_EQ_INT(fgetc(f), 'f');
	T_EQ_INT(fgetc(f), EOF);
	T_ASSERT(feof(f));
	T_EQ_INT(ungetc('z', f), 'z');
	T_ASSERT(!feof(f));
	T_EQ_INT(fgetc(f), 'z');
	T_EQ_INT(fgetc(f), EOF);
	/* fseek clears EOF. */
	T_EQ_INT(fseek(f, 4, SEEK_SET), 0);
	T_ASSERT(!feof(f));
	/* Switch to writing after the seek. */
	fputs("WXYZ", f);
	T_EQ_INT(ftell(f), 8);
	/* fgetpos/fsetpos. */
	fpos_t pos;
	T_EQ_INT(fgetpos(f, &pos), 0);
	T_EQ_INT(fseek(f, 0, SEEK_SET), 0);
	T_EQ_INT(fread(buf, 1, 16, f), 16);
	T_EQ_MEM(buf, "0123WXYZ89abcdef", 16);
	T_EQ_INT(fsetpos(f, &pos), 0);
	T_EQ_INT(fgetc(f), '8');
	/* Errors: bad whence, negative result. */
	errno = 0;
	T_EQ_INT(fseek(f, 0, 7), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(fseek(f, -100, SEEK_SET), -1);
	T_EQ_INT(errno, EINVAL);
	/* rewind clears the error indicator. */
	fputc('q', stdin); /* stdin is read-only: sets its error indicator, not f's */
	clearerr(stdin);
	rewind(f);
	T_ASSERT(!ferror(f));
	T_EQ_INT(ftell(f), 0);
	T_EQ_INT(fclose(f), 0);

	/* Unseekable stream: ftell fails with ESPIPE. */
	FILE *p = popen("true", "r");
	T_ASSERT(p != NULL);
	errno = 0;
	T_EQ_INT(ftell(p), -1);
	T_EQ_INT(errno, ESPIPE);
	pclose(p);

	/* fseek after a partial fgets of a long file. */
	f = fopen("long.txt", "w");
	for (int i = 0; i < 1000; i++) {
		char l[6] = { '0' + i / 1000, '0' + i / 100 % 10, '0' + i / 10 % 10, '0' + i % 10, '\n', 0 };
		fputs(l, f);
	}
	fclose(f);
	f = fopen("long.txt", "r");
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "0000\n");
	T_EQ_INT(ftell(f), 5);
	T_EQ_INT(fseek(f, 500 * 5, SEEK_SET), 0);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "0500\n");
	T_EQ_INT(fseek(f, -10, SEEK_CUR), 0);
	T_EQ_PTR(fgets(buf, sizeof buf, f), buf);
	T_EQ_STR(buf, "0499\n");
	T_EQ_INT(ftell(f), 2500);
	fclose(f);
	return t_status();
}
