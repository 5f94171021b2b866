// Static TLS: initialised data, zero-initialised data, alignment, and distinct addresses.
#include <t.h>

struct point {
	int x;
	long y;
	char tag[6];
};

__thread int tls_int = 42;
__thread long tls_array[5] = {1, -2, 3, -4, 5};
_Thread_local struct point tls_struct = {7, -70000000000L, "tls"};
__thread int tls_zero[64];
__thread long long tls_zero_scalar;
_Alignas(64) __thread char tls_aligned[3] = {'a', 'b', 'c'};
_Thread_local int tls_after_aligned = -9;
int global_int = 42;

static int *addr_in_function(void)
{
	static __thread int counter = 100;
	counter++;
	return &counter;
}

int main(void)
{
	T_EQ_INT(tls_int, 42);
	T_EQ_INT(tls_array[0], 1);
	T_EQ_INT(tls_array[1], -2);
	T_EQ_INT(tls_array[4], 5);
	T_EQ_INT(tls_struct.x, 7);
	T_EQ_INT(tls_struct.y, -70000000000L);
	T_EQ_STR(tls_struct.tag, "tls");
	for (int i = 0; i < 64; i++)
		T_EQ_INT(tls_zero[i], 0);
	T_EQ_INT(tls_zero_scalar, 0);
	T_EQ_INT(tls_aligned[0], 'a');
	T_EQ_INT(tls_aligned[2], 'c');
	T_EQ_INT(tls_after_aligned, -9);
	T_EQ_INT((unsigned long)tls_aligned % 64, 0);
	T_EQ_INT((unsigned long)&tls_array % _Alignof(long), 0);

	/* A TLS variable is not the global with the same initial value. */
	T_ASSERT((void *)&tls_int != (void *)&global_int);
	tls_int = 5;
	T_EQ_INT(global_int, 42);
	T_EQ_INT(tls_int, 5);

	/* Writes stick, and the address of a TLS variable is stable in one thread. */
	tls_zero[63] = 99;
	T_EQ_INT(tls_zero[63], 99);
	T_EQ_INT(tls_zero[62], 0);
	int *c1 = addr_in_function();
	int *c2 = addr_in_function();
	T_EQ_PTR(c1, c2);
	T_EQ_INT(*c2, 102);

	/* Distinct TLS objects do not overlap. */
	char *a = (char *)tls_zero, *b = (char *)&tls_struct;
	T_ASSERT(a + sizeof tls_zero <= b || b + sizeof tls_struct <= a);
	return t_status();
}
