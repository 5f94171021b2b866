# crtn.o: the closing of _init and _fini (see crti.s).
	.section .init,"ax",@progbits
	pop %rax
	ret

	.section .fini,"ax",@progbits
	pop %rax
	ret

	.section .note.GNU-stack,"",@progbits
