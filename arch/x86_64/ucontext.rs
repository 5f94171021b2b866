//! `getcontext`, `setcontext`, `swapcontext` and the `makecontext` trampoline (POSIX.1-2001
//! XSI <ucontext.h>; musl has none of them, libucontext and glibc do).
//!
//! ABI: `ucontext_t` as the kernel lays it out (src/abi/signal.rs): `gregs[i]` at
//! 40 + 8*i (R8=0 ... RSP=15, RIP=16), `fpregs` at 224, `uc_sigmask` at 296 and
//! `__fpregs_mem` at 424, where only the x87 control word (+0) and MXCSR (+24) are kept.

/// Stores the registers a called function must find again into the context at `rdi`:
/// callee-saved ones, the argument registers, the caller's rsp and the return address.
#[cfg(rcc_export)]
macro_rules! save_ctx {
    () => {
        concat!(
            "mov [rdi + 40], r8\n",
            "mov [rdi + 48], r9\n",
            "mov [rdi + 72], r12\n",
            "mov [rdi + 80], r13\n",
            "mov [rdi + 88], r14\n",
            "mov [rdi + 96], r15\n",
            "mov [rdi + 104], rdi\n",
            "mov [rdi + 112], rsi\n",
            "mov [rdi + 120], rbp\n",
            "mov [rdi + 128], rbx\n",
            "mov [rdi + 136], rdx\n",
            "mov qword ptr [rdi + 144], 0\n", // rax: the resumed call returns 0
            "mov [rdi + 152], rcx\n",
            "lea rax, [rsp + 8]\n",
            "mov [rdi + 160], rax\n",
            "mov rax, [rsp]\n",
            "mov [rdi + 168], rax\n",
            "lea rax, [rdi + 424]\n",
            "mov [rdi + 224], rax\n",
            "fnstcw [rax]\n",
            "stmxcsr [rax + 24]\n",
        )
    };
}

/// `int getcontext(ucontext_t *ucp);`
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn getcontext(ucp: *mut u8) -> i32 {
    core::arch::naked_asm!(
        save_ctx!(),
        "lea rdx, [rdi + 296]", // current mask out
        "xor esi, esi",
        "xor edi, edi", // SIG_BLOCK with no set: read only
        "mov r10d, 8",
        "mov eax, 14", // SYS_rt_sigprocmask
        "syscall",
        "xor eax, eax",
        "ret",
    )
}

/// `int setcontext(const ucontext_t *ucp);` — does not return on success.
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn setcontext(ucp: *const u8) -> i32 {
    core::arch::naked_asm!(
        "mov r9, rdi",
        "lea rsi, [rdi + 296]",
        "xor edx, edx",
        "mov edi, 2", // SIG_SETMASK
        "mov r10d, 8",
        "mov eax, 14",
        "syscall",
        "mov rdx, r9",
        "jmp {load}",
        load = sym load_ctx,
    )
}

/// `int swapcontext(ucontext_t *oucp, const ucontext_t *ucp);` — saves the current
/// context in `oucp` (resuming it returns 0 here) and switches to `ucp`; the two masks
/// are exchanged in one `rt_sigprocmask`.
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn swapcontext(oucp: *mut u8, ucp: *const u8) -> i32 {
    core::arch::naked_asm!(
        save_ctx!(),
        "mov r9, rsi",
        "lea rdx, [rdi + 296]",
        "lea rsi, [rsi + 296]",
        "mov edi, 2", // SIG_SETMASK
        "mov r10d, 8",
        "mov eax, 14",
        "syscall",
        "mov rdx, r9",
        "jmp {load}",
        load = sym load_ctx,
    )
}

/// Loads the context at `rdx` and jumps to its `rip` with its `rsp` (not a C function).
#[cfg(rcc_export)]
#[unsafe(naked)]
unsafe extern "C" fn load_ctx() -> ! {
    core::arch::naked_asm!(
        "mov rax, [rdx + 224]",
        "test rax, rax",
        "jz 2f",
        "fldcw [rax]",
        "ldmxcsr [rax + 24]",
        "2:",
        "mov r8, [rdx + 40]",
        "mov r9, [rdx + 48]",
        "mov r12, [rdx + 72]",
        "mov r13, [rdx + 80]",
        "mov r14, [rdx + 88]",
        "mov r15, [rdx + 96]",
        "mov rdi, [rdx + 104]",
        "mov rsi, [rdx + 112]",
        "mov rbp, [rdx + 120]",
        "mov rbx, [rdx + 128]",
        "mov rcx, [rdx + 152]",
        "mov rsp, [rdx + 160]",
        "push qword ptr [rdx + 168]",
        "mov rax, [rdx + 144]",
        "mov rdx, [rdx + 136]",
        "ret",
    )
}

/// Where a `makecontext` function returns to: `rbx` (callee-saved, set by makecontext)
/// holds `uc_link`; resume it, or exit the process with status 0 when it is null.
#[cfg(rcc_export)]
#[unsafe(naked)]
pub unsafe extern "C" fn context_trampoline() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbx",
        "test rdi, rdi",
        "jz 2f",
        "call {setcontext}",
        "2:",
        "xor edi, edi",
        "call {exit}",
        "hlt",
        setcontext = sym setcontext,
        exit = sym crate::exit::exit::exit,
    )
}
