//! Thread creation and self-unmapping exit: code with no valid Rust frame (musl:
//! src/thread/x86_64/clone.s, __unmapself.s).

/// `int __rcc_clone(int (*fn)(void *), void *stack, int flags, void *arg, pid_t *ptid,
/// void *tls, pid_t *ctid);` — the child runs `fn(arg)` on `stack` and exits with its
/// result; the parent gets the child's tid or `-errno`.
///
/// # Safety
/// `stack` must be the top of memory the child may use; `tls` a valid thread pointer.
#[unsafe(naked)]
pub unsafe extern "C" fn clone(
    func: unsafe extern "C" fn(*mut u8) -> i32,
    stack: usize,
    flags: usize,
    arg: *mut u8,
    ptid: *mut i32,
    tls: usize,
    ctid: *mut i32,
) -> isize {
    core::arch::naked_asm!(
        "mov r11, rdi",       // fn
        "mov rdi, rdx",       // flags
        "mov rdx, r8",        // parent tid address
        "mov r8, r9",         // tls
        "mov r10, [rsp + 8]", // child tid address
        "mov r9, r11",        // fn survives the syscall in r9
        "and rsi, -16",
        "sub rsi, 8",
        "mov [rsi], rcx", // arg, popped by the child
        "mov eax, 56",    // SYS_clone
        "syscall",
        "test eax, eax",
        "jnz 2f",
        "xor ebp, ebp",
        "pop rdi",
        "call r9",
        "mov edi, eax",
        "mov eax, 60", // SYS_exit
        "syscall",
        "hlt",
        "2:",
        "ret",
    )
}

/// Unmaps `[base, base + len)` — the calling thread's own stack — and exits the thread,
/// touching no memory in between.
///
/// # Safety
/// Only a detached thread exiting, with signals blocked, may call this.
#[unsafe(naked)]
pub unsafe extern "C" fn unmap_self_and_exit(base: usize, len: usize) -> ! {
    core::arch::naked_asm!(
        "mov eax, 11", // SYS_munmap
        "syscall",
        "xor edi, edi",
        "mov eax, 60", // SYS_exit
        "syscall",
        "hlt",
    )
}
