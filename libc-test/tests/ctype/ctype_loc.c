// __ctype_b_loc / __ctype_tolower_loc / __ctype_toupper_loc: the glibc-ABI tables that
// glibc-compiled ctype macros index with -128..255 (the part musl and glibc agree on).
#include <stdint.h>
#include <t.h>

const unsigned short **__ctype_b_loc(void);
const int32_t **__ctype_tolower_loc(void);
const int32_t **__ctype_toupper_loc(void);

/* glibc's class bits on little-endian x86_64. */
enum { UPPER = 0x100, LOWER = 0x200, ALPHA = 0x400, DIGIT = 0x800, XDIGIT = 0x1000,
       SPACE = 0x2000, PRINT = 0x4000, GRAPH = 0x8000, BLANK = 0x1, CNTRL = 0x2,
       PUNCT = 0x4, ALNUM = 0x8 };

static unsigned short ref(int c)
{
	unsigned short m = 0;
	int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
	if (up) m |= UPPER | ALPHA | ALNUM;
	if (lo) m |= LOWER | ALPHA | ALNUM;
	if (dig) m |= DIGIT | ALNUM;
	if (dig || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) m |= XDIGIT;
	if (c == ' ' || (c >= '\t' && c <= '\r')) m |= SPACE;
	if (c == ' ' || c == '\t') m |= BLANK;
	if ((c >= 0 && c < 0x20) || c == 0x7f) m |= CNTRL;
	if (c >= 0x20 && c < 0x7f) m |= PRINT;
	if (c > 0x20 && c < 0x7f) m |= GRAPH;
	if (c > 0x20 && c < 0x7f && !up && !lo && !dig) m |= PUNCT;
	return m;
}

int main(void)
{
	const unsigned short *b = *__ctype_b_loc();
	const int32_t *lo = *__ctype_tolower_loc(), *up = *__ctype_toupper_loc();
	T_ASSERT(__ctype_b_loc() == __ctype_b_loc()); /* a stable location */
	int bad = 0;
	for (int c = -128; c <= 255; c++)
		if (b[c] != ref(c) && bad++ < 5) {
			t_err("class table wrong at ");
			t_errnum(c);
			t_err("\n");
		}
	T_EQ_INT(bad, 0);
	for (int c = 0; c < 128; c++) {
		T_EQ_INT(lo[c], c >= 'A' && c <= 'Z' ? c + 32 : c);
		T_EQ_INT(up[c], c >= 'a' && c <= 'z' ? c - 32 : c);
	}
	return t_status();
}
