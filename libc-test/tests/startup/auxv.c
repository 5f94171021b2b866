// getauxval reads the auxiliary vector the kernel placed after envp.
#include <errno.h>
#include <sys/auxv.h>
#include <t.h>

int main(void)
{
	unsigned long page = getauxval(AT_PAGESZ);
	T_ASSERT(page >= 4096);
	T_EQ_INT(page & (page - 1), 0);

	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	T_ASSERT(rnd != 0);
	if (rnd) {
		/* 16 readable bytes; all zero would be a one-in-2^128 event. */
		int nonzero = 0;
		for (int i = 0; i < 16; i++)
			nonzero |= rnd[i];
		T_ASSERT(nonzero != 0);
	}
	T_ASSERT(getauxval(AT_PHDR) != 0);
	T_ASSERT(getauxval(AT_PHNUM) > 0);
	T_EQ_INT(getauxval(AT_PHENT), 56); /* sizeof(Elf64_Phdr) */
	T_ASSERT(getauxval(AT_ENTRY) != 0);
	T_EQ_INT(getauxval(AT_SECURE), 0);

	errno = 0;
	T_EQ_INT(getauxval(9999), 0);
	T_EQ_INT(errno, ENOENT);
	return t_status();
}
