// musl's choices for setlocale: "" with no locale variables set means C.UTF-8 (LC_CTYPE
// UTF-8, the other categories C), and an unknown name (no '/', at most 23 bytes) is kept
// with C behaviour and UTF-8 LC_CTYPE; a name with '/' falls back to C.UTF-8.
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <t.h>

int main(void)
{
	T_ASSERT(setlocale(LC_ALL, "") != 0);
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	T_EQ_STR(setlocale(LC_TIME, NULL), "C");
	T_EQ_INT(MB_CUR_MAX, 4);

	T_EQ_STR(setlocale(LC_ALL, "C"), "C");
	T_EQ_STR(setlocale(LC_ALL, "xx_YY.UTF-8"), "xx_YY.UTF-8");
	T_EQ_STR(setlocale(LC_MESSAGES, NULL), "xx_YY.UTF-8");
	T_EQ_INT(MB_CUR_MAX, 4);
	T_EQ_STR(setlocale(LC_CTYPE, "../x"), "C.UTF-8");
	return t_status();
}
