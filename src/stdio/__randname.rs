//! Random file-name suffixes for the temporary-file functions (musl:
//! src/temp/__randname.c).
use crate::sys::{nr::SYS_getrandom, syscall3};
use core::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Overwrites the six bytes at `p` with letters and digits from the kernel's random
/// source, mixed with a per-process counter.
///
/// # Safety
/// `p` writable for 6 bytes.
pub unsafe fn randname(p: *mut u8) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut r = 0u64;
    // SAFETY: `r` is 8 writable bytes; GRND_NONBLOCK (1) never blocks.
    unsafe { syscall3(SYS_getrandom, &raw mut r as usize, 8, 1) };
    r ^= COUNTER
        .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
        .rotate_left(17);
    r ^= crate::sys::proc::gettid() as u64;
    for i in 0..6 {
        // SAFETY: the caller guarantees 6 bytes.
        unsafe { *p.add(i) = ALPHABET[(r & 63) as usize] };
        r >>= 6;
    }
}
