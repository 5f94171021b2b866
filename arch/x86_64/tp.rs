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

/// Slot `i` of the calling thread's TSD array, which lies `TSD_OFFSET` bytes past the
/// thread pointer: one `mov TSD_OFFSET(%fs,i,8)`, no load of the thread pointer itself.
///
/// # Safety
/// `i < PTHREAD_KEYS_MAX` and the calling thread's descriptor is rcc's.
#[inline(always)]
pub unsafe fn tsd_slot(i: usize) -> usize {
    let v: usize;
    // SAFETY: the caller keeps `i` inside the array, which `%fs` addresses.
    unsafe {
        asm!("mov {}, qword ptr fs:[{}*8 + {off}]", out(reg) v, in(reg) i,
             off = const crate::rt::tls::TSD_OFFSET,
             options(nostack, readonly, preserves_flags))
    };
    v
}
