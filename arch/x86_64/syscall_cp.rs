//! The cancellation-point syscall (musl: src/thread/x86_64/syscall_cp.s): between
//! `__rcc_cp_begin` and `__rcc_cp_end` a pending cancellation is acted on, after the
//! `syscall` instruction it is not — so a syscall that completed is never cancelled.

/// `long __rcc_syscall_cp_asm(const int *cancel, long nr, long a, long b, long c, long d,
/// long e, long f);` — checks `*cancel` then makes the syscall; if cancelled, jumps
/// through `CANCEL_HOOK` (set by the first `pthread_cancel`, so programs that never
/// cancel do not link the thread-exit path) instead of returning.
///
/// # Safety
/// As for a raw syscall; `cancel` must be the calling thread's cancel flag.
#[unsafe(naked)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn syscall_cp_asm(
    cancel: *const i32,
    nr: usize,
    a: usize,
    b: usize,
    c: usize,
    d: usize,
    e: usize,
    f: usize,
) -> isize {
    core::arch::naked_asm!(
        ".globl __rcc_cp_begin",
        ".hidden __rcc_cp_begin",
        ".globl __rcc_cp_end",
        ".hidden __rcc_cp_end",
        ".globl __rcc_cp_cancel",
        ".hidden __rcc_cp_cancel",
        "__rcc_cp_begin:",
        "mov eax, [rdi]",
        "test eax, eax",
        "jnz __rcc_cp_cancel",
        "mov rax, rsi",      // nr
        "mov rdi, rdx",      // a
        "mov rsi, rcx",      // b
        "mov rdx, r8",       // c
        "mov r10, r9",       // d
        "mov r8, [rsp + 8]", // e
        "mov r9, [rsp + 16]", // f
        "syscall",
        "__rcc_cp_end:",
        "ret",
        "__rcc_cp_cancel:",
        "jmp qword ptr [rip + {hook}]",
        hook = sym crate::thread::pthread_cancel::CANCEL_HOOK,
    )
}

/// The addresses bounding the cancellable instructions, and the cancel target.
pub fn cp_bounds() -> (usize, usize, usize) {
    unsafe extern "C" {
        static __rcc_cp_begin: u8;
        static __rcc_cp_end: u8;
        static __rcc_cp_cancel: u8;
    }
    (
        &raw const __rcc_cp_begin as usize,
        &raw const __rcc_cp_end as usize,
        &raw const __rcc_cp_cancel as usize,
    )
}

/// Offsets in the kernel's x86_64 `ucontext_t`: the saved `rip` (mcontext at 40, greg 16)
/// and the signal mask restored by sigreturn.
pub const UC_RIP: usize = 40 + 16 * 8;
pub const UC_SIGMASK: usize = 40 + 256;
