//! `setjmp`, `longjmp`, `sigsetjmp`, `siglongjmp` and the `_setjmp`/`_longjmp` aliases
//! (C17 7.13, POSIX sigsetjmp(); musl: src/setjmp/x86_64/*.s, src/signal/x86_64/sigsetjmp.s).
//!
//! ABI: `jmp_buf` (src/abi/setjmp.rs) holds rbx rbp r12 r13 r14 r15 rsp rip at offsets
//! 0..56, then `__fl` (64: nonzero if a mask was saved) and `__ss` (72: the saved mask).
//! `longjmp` restores a saved mask, so `longjmp` on a `sigsetjmp(env, 1)` buffer behaves
//! as `siglongjmp`, as with musl and glibc; `siglongjmp` is an alias of `longjmp`.

/// Stores the callee-saved registers, the caller's stack pointer (as it will be once the
/// function has returned) and the return address into the buffer at `rdi`.
#[cfg(rcc_export)]
macro_rules! save_regs {
    () => {
        concat!(
            "mov [rdi], rbx\n",
            "mov [rdi + 8], rbp\n",
            "mov [rdi + 16], r12\n",
            "mov [rdi + 24], r13\n",
            "mov [rdi + 32], r14\n",
            "mov [rdi + 40], r15\n",
            "lea rdx, [rsp + 8]\n",
            "mov [rdi + 48], rdx\n",
            "mov rdx, [rsp]\n",
            "mov [rdi + 56], rdx\n",
        )
    };
}

/// `int setjmp(jmp_buf env);` — returns 0 now, and the `longjmp` value later.
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn setjmp(env: *mut u64) -> i32 {
    core::arch::naked_asm!(
        save_regs!(),
        "mov qword ptr [rdi + 64], 0", // no mask saved
        "xor eax, eax",
        "ret",
    )
}

/// `int sigsetjmp(sigjmp_buf env, int savemask);` — `setjmp`, and with a nonzero
/// `savemask` also the current signal mask (read with `rt_sigprocmask`).
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sigsetjmp(env: *mut u64, savemask: i32) -> i32 {
    core::arch::naked_asm!(
        save_regs!(),
        "xor eax, eax",
        "test esi, esi",
        "setnz al",
        "mov [rdi + 64], rax",
        "jz 2f",
        "lea rdx, [rdi + 72]", // old mask out
        "xor esi, esi",        // no new mask
        "xor edi, edi",        // SIG_BLOCK
        "mov r10d, 8",
        "mov eax, 14", // SYS_rt_sigprocmask
        "syscall",
        "2:",
        "xor eax, eax",
        "ret",
    )
}

/// `_Noreturn void longjmp(jmp_buf env, int val);` — resumes at the `setjmp` that filled
/// `env`, which then returns `val`, or 1 if `val` is 0 (C17 7.13.2.1p4); first restores
/// the signal mask if `sigsetjmp` saved one.
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn longjmp(env: *const u64, val: i32) -> ! {
    core::arch::naked_asm!(
        "cmp qword ptr [rdi + 64], 0",
        "je 2f",
        "mov r8, rdi", // the kernel preserves r8 and r9 across syscall
        "mov r9d, esi",
        "lea rsi, [rdi + 72]", // new mask
        "xor edx, edx",
        "mov edi, 2", // SIG_SETMASK
        "mov r10d, 8",
        "mov eax, 14", // SYS_rt_sigprocmask
        "syscall",
        "mov rdi, r8",
        "mov esi, r9d",
        "2:",
        "xor eax, eax",
        "cmp esi, 1", // carry set exactly when val == 0
        "adc eax, esi",
        "mov rbx, [rdi]",
        "mov rbp, [rdi + 8]",
        "mov r12, [rdi + 16]",
        "mov r13, [rdi + 24]",
        "mov r14, [rdi + 32]",
        "mov r15, [rdi + 40]",
        "mov rsp, [rdi + 48]",
        "jmp qword ptr [rdi + 56]",
    )
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak _setjmp",
    ".set _setjmp, setjmp",
    ".weak _longjmp",
    ".set _longjmp, longjmp",
    ".weak siglongjmp",
    ".set siglongjmp, longjmp",
);
