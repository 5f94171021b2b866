// Every ctype.h class and case mapping for EOF and 0..255, as functions and as macros.
// rcc-test: cflags=-fno-builtin
#include <ctype.h>
#include <t.h>

#ifndef EOF
#define EOF (-1)
#endif

/* The C locale's classes, written out independently of any libc. */
static int ref(int which, int c)
{
	int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dig = c >= '0' && c <= '9';
	int alpha = up || lo, graph = c > 0x20 && c < 0x7f;
	switch (which) {
	case 0: return alpha || dig;
	case 1: return alpha;
	case 2: return c == ' ' || c == '\t';
	case 3: return (c >= 0 && c < 0x20) || c == 0x7f;
	case 4: return dig;
	case 5: return graph;
	case 6: return lo;
	case 7: return graph || c == ' ';
	case 8: return graph && !alpha && !dig;
	case 9: return c == ' ' || (c >= '\t' && c <= '\r');
	case 10: return up;
	case 11: return dig || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}
	return -1;
}

/* Calls through pointers defeat the header's inline forms: this checks the functions. */
static int (*const fn[12])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
				    islower, isprint, ispunct, isspace, isupper, isxdigit};

static int via_macro(int which, int c)
{
	switch (which) {
	case 0: return isalnum(c);
	case 1: return isalpha(c);
	case 2: return isblank(c);
	case 3: return iscntrl(c);
	case 4: return isdigit(c);
	case 5: return isgraph(c);
	case 6: return islower(c);
	case 7: return isprint(c);
	case 8: return ispunct(c);
	case 9: return isspace(c);
	case 10: return isupper(c);
	case 11: return isxdigit(c);
	}
	return -1;
}

int main(void)
{
	int bad = 0;
	for (int c = EOF; c <= 255; c++) {
		for (int w = 0; w < 12; w++) {
			int want = ref(w, c);
			if (!!fn[w](c) != want || !!via_macro(w, c) != want) {
				if (bad++ < 10) {
					t_err("class ");
					t_errnum(w);
					t_err(" wrong for ");
					t_errnum(c);
					t_err("\n");
				}
			}
		}
		int (*lower)(int) = tolower, (*upper)(int) = toupper;
		int wl = c >= 'A' && c <= 'Z' ? c + 32 : c;
		int wu = c >= 'a' && c <= 'z' ? c - 32 : c;
		T_EQ_INT(lower(c), wl);
		T_EQ_INT(upper(c), wu);
		T_EQ_INT(tolower(c), wl);
		T_EQ_INT(toupper(c), wu);
	}
	T_EQ_INT(bad, 0);
	T_EQ_INT(tolower(EOF), EOF);
	T_EQ_INT(toupper(EOF), EOF);
	return t_status();
}
