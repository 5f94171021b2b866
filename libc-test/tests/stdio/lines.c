/* Buffered line I/O across buffer boundaries: a file written with a mix of fputs, fwrite
 * and putc of many sizes (ftell checked along the way) is read back with fgets (several
 * buffer sizes), getline and getdelim, and must match byte for byte. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

#define LINES 3000

static unsigned rng = 12345;
static unsigned next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 16;
}

/* Line i: its length and content are a function of i. */
static size_t line_len(int i)
{
	return (size_t)((i * 37) % 301);
}
static char line_byte(int i, size_t k)
{
	char c = (char)('!' + (i + (int)k) % 90);
	return c == '\n' || c == ',' ? 'x' : c;
}

int main(void)
{
	static char line[400], *big;
	FILE *f = fopen("lines.txt", "w");
	T_ASSERT(f != NULL);
	long pos = 0;
	for (int i = 0; i < LINES; i++) {
		size_t n = line_len(i);
		for (size_t k = 0; k < n; k++)
			line[k] = line_byte(i, k);
		line[n] = '\n';
		line[n + 1] = 0;
		switch (next() % 3) {
		case 0:
			T_ASSERT(fputs(line, f) >= 0);
			break;
		case 1:
			T_EQ_INT(fwrite(line, 1, n + 1, f), n + 1);
			break;
		default:
			for (size_t k = 0; k <= n; k++)
				T_EQ_INT(putc(line[k], f), (unsigned char)line[k]);
		}
		pos += (long)n + 1;
		if (i % 97 == 0)
			T_EQ_INT(ftell(f), pos);
	}
	T_EQ_INT(fclose(f), 0);

	/* fgets with buffers smaller and larger than the lines. */
	int sizes[] = { 2, 7, 16, 17, 64, 300, 302, 400 };
	for (unsigned s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		f = fopen("lines.txt", "r");
		T_ASSERT(f != NULL);
		int sz = sizes[s], bad = 0;
		for (int i = 0; i < LINES && !bad; i++) {
			size_t n = line_len(i), got = 0;
			while (got <= n) {
				if (!fgets(line, sz, f)) {
					bad = 1;
					break;
				}
				size_t l = strlen(line);
				for (size_t k = 0; k < l && !bad; k++) {
					char want = got + k == n ? '\n' : line_byte(i, got + k);
					if (line[k] != want)
						bad = 1;
				}
				got += l;
				if (l == 0 || (line[l - 1] == '\n') != (got == n + 1))
					bad = 1;
				if (bad)
					break;
			}
		}
		T_EQ_INT(bad, 0);
		T_EQ_PTR(fgets(line, sz, f), NULL);
		T_ASSERT(feof(f));
		fclose(f);
	}

	/* getline, then getdelim on ',' (none present: one record to the end). */
	f = fopen("lines.txt", "r");
	T_ASSERT(f != NULL);
	size_t cap = 0;
	int bad = 0;
	for (int i = 0; i < LINES && !bad; i++) {
		size_t n = line_len(i);
		ssize_t r = getline(&big, &cap, f);
		if (r != (ssize_t)n + 1 || big[n] != '\n' || big[n + 1] != 0)
			bad = 1;
		for (size_t k = 0; k < n && !bad; k++)
			if (big[k] != line_byte(i, k))
				bad = 1;
	}
	T_EQ_INT(bad, 0);
	T_EQ_INT(getline(&big, &cap, f), -1);
	rewind(f);
	T_EQ_INT(getdelim(&big, &cap, ',', f), pos);
	T_EQ_INT(big[pos - 1], '\n');
	T_EQ_INT(big[pos], 0);
	T_EQ_INT(getdelim(&big, &cap, ',', f), -1);
	free(big);
	fclose(f);
	return t_status();
}
