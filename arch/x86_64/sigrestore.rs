//! The signal restorer handed to the kernel with `SA_RESTORER` (musl: src/signal/x86_64/restore.s).

/// Returns from a signal handler: the kernel left the saved context on the stack, so the
/// only thing to do is `rt_sigreturn`. Installed as every handler's return address.
///
/// The bytes are exactly `mov rax, 15; syscall`: libgcc's unwinder (and gdb) recognise a
/// signal frame by that sequence at the return address, so keep the encoding.
#[unsafe(naked)]
pub unsafe extern "C" fn restore_rt() {
    core::arch::naked_asm!(
        ".byte 0x48, 0xc7, 0xc0, 0x0f, 0x00, 0x00, 0x00", // mov rax, 15 (SYS_rt_sigreturn)
        ".byte 0x0f, 0x05",                               // syscall
        "hlt",
    )
}
