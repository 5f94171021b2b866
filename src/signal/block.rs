//! Masking signals around libc's own critical steps (musl: src/signal/block.c).
use crate::abi::signal::{SIG_BLOCK, SIG_SETMASK};
use crate::sys::proc;

/// Every signal.
pub const ALL: u64 = !0;
/// Every signal an application may use: all but 32..=34, which libc keeps for itself.
pub const APP: u64 = !0x3_8000_0000;

/// Blocks `set` and returns the mask to hand to [`restore`].
pub fn block(set: u64) -> u64 {
    let mut old = 0u64;
    // rt_sigprocmask cannot fail with a valid `how` and live pointers.
    let _ = proc::sigprocmask(SIG_BLOCK, Some(&set), Some(&mut old));
    old
}

/// Reinstates a mask saved by [`block`].
pub fn restore(old: u64) {
    let _ = proc::sigprocmask(SIG_SETMASK, Some(&old), None);
}

/// The bit of signal `sig` (1..=64) in a kernel set.
#[inline]
pub const fn bit(sig: i32) -> u64 {
    1u64 << ((sig - 1) as u32 & 63)
}
