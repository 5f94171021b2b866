/* bits/setjmp.h - x86_64 saved-register block: rbx rbp r12 r13 r14 r15 rsp rip (rcc). */
typedef unsigned long __jmp_buf[8];
