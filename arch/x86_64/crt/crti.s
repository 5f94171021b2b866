# crti.o: the openings of _init and _fini; crtn.o closes them. The pushes keep the stack
# 16-byte aligned for the code other objects place in .init/.fini.
	.section .init,"ax",@progbits
	.global _init
	.type _init,@function
_init:
	push %rax

	.section .fini,"ax",@progbits
	.global _fini
	.type _fini,@function
_fini:
	push %rax

	.section .note.GNU-stack,"",@progbits
