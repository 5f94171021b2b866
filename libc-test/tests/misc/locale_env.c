// setlocale(LC_ALL, "") reads LANG (no LC_ALL or LC_* set): C.UTF-8 makes LC_CTYPE UTF-8.
// rcc-test: env=LANG=C.UTF-8
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <t.h>

int main(void)
{
	T_ASSERT(setlocale(LC_ALL, "") != 0);
	T_EQ_STR(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	T_ASSERT(MB_CUR_MAX >= 4);
	T_EQ_STR(nl_langinfo(CODESET), "UTF-8");
	/* LC_ALL wins over LANG. */
	setenv("LC_ALL", "C", 1);
	T_EQ_STR(setlocale(LC_ALL, ""), "C");
	T_EQ_INT(MB_CUR_MAX, 1);
	return t_status();
}
