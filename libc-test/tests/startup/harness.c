// Checks t.h itself: number formatting, and that every check macro can fail.
// rcc-test: expect-stdout=0 7 -1 1234567890 9223372036854775807 -9223372036854775808\n
#include <t.h>

int main(void)
{
	const long long values[] = {0, 7, -1, 1234567890, 9223372036854775807LL,
				    -9223372036854775807LL - 1};
	for (int i = 0; i < 6; i++) {
		if (i)
			t_puts(" ");
		t_putnum(values[i]);
	}
	t_puts("\n");

	/* With stderr closed the failure messages go nowhere; only the count is checked. */
	int before = *t_failure_count();
	close(2);
	static const char s[] = "abc";
	T_ASSERT(1 == 2);
	T_EQ_INT(1, 2);
	T_EQ_PTR(s, s + 1);
	T_EQ_STR("abc", "abd");
	T_EQ_STR("ab", "abc");
	T_EQ_STR("abc", (const char *)0);
	T_EQ_MEM("abc", "abd", 3);
	int failed = *t_failure_count() - before;
	/* And passing checks do not count. */
	T_ASSERT(1);
	T_EQ_INT(-5, -5);
	T_EQ_STR("x", "x");
	T_EQ_STR((const char *)0, (const char *)0);
	T_EQ_MEM("ab\0c", "ab\0c", 4);
	int passed_ok = *t_failure_count() - before == failed;
	*t_failure_count() = before;
	return failed == 7 && passed_ok ? t_status() : 1;
}
