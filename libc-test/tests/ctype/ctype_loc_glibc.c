// __ctype_tolower_loc / __ctype_toupper_loc outside 0..127: glibc maps every other index
// to itself (EOF to EOF), so a glibc-built toupper(200) returns 200. musl's tables hold 0
// there; rcc follows glibc (see known-differences.tsv).
#include <stdint.h>
#include <t.h>

const int32_t **__ctype_tolower_loc(void);
const int32_t **__ctype_toupper_loc(void);

int main(void)
{
	const int32_t *lo = *__ctype_tolower_loc(), *up = *__ctype_toupper_loc();
	T_EQ_INT(lo[-1], -1);
	T_EQ_INT(up[-1], -1);
	for (int c = -128; c < -1; c++) {
		T_EQ_INT(lo[c], c + 256);
		T_EQ_INT(up[c], c + 256);
	}
	for (int c = 128; c <= 255; c++) {
		T_EQ_INT(lo[c], c);
		T_EQ_INT(up[c], c);
	}
	return t_status();
}
