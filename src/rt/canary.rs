//! The stack-protector canary at `%fs:0x28`, from `AT_RANDOM` (musl: src/env/__stack_chk_fail.c).
use crate::abi::auxv::AT_RANDOM;

/// Computes the canary from the kernel's 16 random bytes. The low byte is zeroed so that a
/// string overflow cannot reproduce it (the glibc convention).
pub fn value() -> usize {
    let random = super::auxv::aux(AT_RANDOM) as *const u8;
    if random.is_null() {
        // No AT_RANDOM (very old kernels): derive something from addresses.
        return ((&raw const random as usize).rotate_left(21) ^ 0x5a17_c0de_0f00_d100) & !0xff;
    }
    // SAFETY: AT_RANDOM points at 16 readable bytes the kernel placed on the stack.
    let word = unsafe { (random as *const usize).read_unaligned() };
    word & !0xff
}

/// `void __stack_chk_fail(void);` — called by compiler-inserted checks on a smashed stack.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __stack_chk_fail() -> ! {
    // DIFF(musl): musl crashes with `hlt` (SIGSEGV); rcc aborts with SIGABRT as glibc does,
    // so the cause is visible in the exit status.
    crate::exit::abort::abort_now()
}

/// `void __stack_chk_fail_local(void);` — the hidden alias i386/PIC code calls.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __stack_chk_fail_local() -> ! {
    crate::exit::abort::abort_now()
}
