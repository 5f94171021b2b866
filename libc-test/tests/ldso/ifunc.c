// A program's own IFUNC (GNU indirect function, as glibc-built code uses them): its
// resolver has run by the time main starts, and a direct call, a call through a pointer
// held in data and one through a pointer taken in code all reach the function it chose.
// (Whether those pointers compare equal, and how often the resolver runs, depends on the
// linker, so neither is checked.)
#include <t.h>

static volatile int resolver_calls;

static int add_one(int x) { return x + 1; }
static int add_two(int x) { return x + 2; }

static void *choose(void)
{
	resolver_calls = resolver_calls + 1;
	return resolver_calls > 0 ? (void *)add_two : (void *)add_one;
}

int bump(int) __attribute__((ifunc("choose")));

int (*volatile data_ptr)(int) = bump;

int main(void)
{
	T_ASSERT(resolver_calls >= 1);
	T_EQ_INT(bump(40), 42);
	T_EQ_INT(data_ptr(1), 3);
	int (*volatile code_ptr)(int) = bump;
	T_EQ_INT(code_ptr(5), 7);
	return t_status();
}
