/* crt1.o / Scrt1.o / rcrt1.o: the program entry point `_start`. It hands the initial
 * stack pointer to _start_c, which calls __libc_start_main with musl's signature.
 * Built with -DRCC_STATIC_PIE for rcrt1.o: _start first applies the program's own
 * relative relocations, before any C code can read the GOT. */

int main();
void _init(void) __attribute__((weak));
void _fini(void) __attribute__((weak));
_Noreturn int __libc_start_main(int (*)(), int, char **, void (*)(void), void (*)(void), void (*)(void));

#ifdef RCC_STATIC_PIE
#define RCC_SELF_RELOCATE \
	"	push %rdi\n" \
	"	push %rdi\n" \
	"	lea _DYNAMIC(%rip),%rsi\n" \
	"	call __rcc_static_pie_relocate\n" \
	"	pop %rdi\n" \
	"	pop %rdi\n"
#else
#define RCC_SELF_RELOCATE ""
#endif

__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp,%ebp\n"
	"	mov %rsp,%rdi\n"
	"	and $-16,%rsp\n"
	RCC_SELF_RELOCATE
	"	call _start_c\n"
	"	hlt\n"
	".size _start, .-_start\n");

__attribute__((used, visibility("hidden"))) _Noreturn void _start_c(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	__libc_start_main(main, argc, argv, _init, _fini, 0);
}
