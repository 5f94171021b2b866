// atoi atol atoll abs labs llabs imaxabs div ldiv lldiv imaxdiv.
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(atoi("  -123xyz"), -123);
	T_EQ_INT(atoi("+45"), 45);
	T_EQ_INT(atoi(""), 0);
	T_EQ_INT(atoi("x1"), 0);
	T_EQ_INT(atoi("- 1"), 0);
	T_EQ_INT(atoi("2147483647"), INT_MAX);
	T_EQ_INT(atoi("-2147483648"), INT_MIN);
	T_EQ_INT(atol("\n\t9223372036854775807"), LONG_MAX);
	T_ASSERT(atoll("-9223372036854775808") == LLONG_MIN);
	T_EQ_INT(atoi("0x10"), 0);

	T_EQ_INT(abs(-5), 5);
	T_EQ_INT(abs(INT_MAX), INT_MAX);
	T_EQ_INT(labs(-5L), 5);
	T_ASSERT(llabs(-LLONG_MAX) == LLONG_MAX);
	T_ASSERT(imaxabs(-INTMAX_MAX) == INTMAX_MAX);

	div_t d = div(7, -2);
	T_EQ_INT(d.quot, -3);
	T_EQ_INT(d.rem, 1);
	d = div(-7, 2);
	T_EQ_INT(d.quot, -3);
	T_EQ_INT(d.rem, -1);
	ldiv_t ld = ldiv(LONG_MIN, 10);
	T_EQ_INT(ld.quot, LONG_MIN / 10);
	T_EQ_INT(ld.rem, -8);
	lldiv_t lld = lldiv(-1, 3);
	T_EQ_INT(lld.quot, 0);
	T_EQ_INT(lld.rem, -1);
	imaxdiv_t id = imaxdiv(INTMAX_MAX, 2);
	T_ASSERT(id.quot == INTMAX_MAX / 2 && id.rem == 1);
	return t_status();
}
