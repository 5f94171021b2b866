//! `vfork` (POSIX.1-2001 vfork(); musl: src/process/x86_64/vfork.s): the child runs on the
//! parent's stack until it execs or exits, so the return address must not live there
//! across the syscall.

/// `pid_t vfork(void);` — pops its return address into `rdx` (which the kernel preserves),
/// makes the syscall, pushes it back and finishes in `crate::process::vfork::finish`.
///
/// # Safety
/// The child may only call `_exit` or an `exec` function.
#[unsafe(naked)]
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vfork() -> i32 {
    core::arch::naked_asm!(
        "pop rdx",
        "mov eax, 58", // SYS_vfork
        "syscall",
        "push rdx",
        "mov rdi, rax",
        "jmp {finish}",
        finish = sym crate::process::vfork::finish,
    )
}
