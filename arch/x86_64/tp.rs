//! The thread pointer: `%fs` holds the address of the thread descriptor, whose first word
//! points to itself (x86_64 TLS ABI, variant II: static TLS sits just below it).
use core::arch::asm;

/// Reads the thread pointer (`%fs:0`, the descriptor's self pointer).
#[inline(always)]
pub fn thread_pointer() -> usize {
    let tp: usize;
    // SAFETY: reads the self pointer the TLS ABI keeps at %fs:0; set before any Rust code
    // that calls this runs (rt::tls::install).
    unsafe {
        asm!("mov {}, qword ptr fs:[0]", out(reg) tp, options(nostack, readonly, preserves_flags))
    };
    tp
}

/// `arch_prctl(ARCH_SET_FS, tp)`.
pub const ARCH_SET_FS: usize = 0x1002;

/// Variant II: static TLS blocks lie below the thread pointer.
pub const TLS_ABOVE_TP: bool = false;
