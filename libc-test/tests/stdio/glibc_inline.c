// Objects built with glibc's inline getc/putc/feof_unlocked read FILE's first fields
// directly and call __uflow/__overflow: the layout keeps that working.
#include <stdio.h>
#include <string.h>
#include "t.h"

int __uflow(FILE *);
int __overflow(FILE *, int);

/* glibc's struct _IO_FILE prefix. */
struct prefix {
	int flags;
	char *read_ptr, *read_end, *read_base;
	char *write_base, *write_ptr, *write_end;
};
#define P(f) ((struct prefix *)(f))
#define G_GETC(f) (P(f)->read_ptr >= P(f)->read_end ? __uflow(f) : *(unsigned char *)P(f)->read_ptr++)
#define G_PUTC(c, f) (P(f)->write_ptr >= P(f)->write_end ? __overflow(f, (unsigned char)(c)) \
	: (unsigned char)(*P(f)->write_ptr++ = (c)))
#define G_EOF(f) ((P(f)->flags & 0x10) != 0)
#define G_ERR(f) ((P(f)->flags & 0x20) != 0)

int main(void)
{
	FILE *f = fopen("g.txt", "w+");
	T_ASSERT(f != NULL);
	const char *msg = "inline\xff path\n";
	for (const char *p = msg; *p; p++)
		T_EQ_INT(G_PUTC(*p, f), (unsigned char)*p);
	fputs("mixed", f);
	T_EQ_INT(G_PUTC('!', f), '!');
	rewind(f);
	char buf[32];
	int n = 0, c;
	while ((c = G_GETC(f)) != EOF)
		buf[n++] = (char)c;
	T_EQ_INT(n, 19);
	T_EQ_MEM(buf, "inline\xff path\nmixed!", 19);
	T_ASSERT(G_EOF(f));
	T_ASSERT(feof(f));
	T_ASSERT(!G_ERR(f));
	clearerr(f);
	T_ASSERT(!G_EOF(f));
	/* Interleaving inline and library reads. */
	rewind(f);
	T_EQ_INT(G_GETC(f), 'i');
	T_EQ_INT(fgetc(f), 'n');
	T_EQ_INT(G_GETC(f), 'l');
	T_EQ_INT(ftell(f), 3);
	fclose(f);

	f = fopen("g.txt", "r");
	G_PUTC('x', f);
	T_ASSERT(G_ERR(f));
	T_ASSERT(ferror(f));
	fclose(f);
	return t_status();
}
