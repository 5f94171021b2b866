//! `futex(2)` operations on private (process-local) words.
use super::{Errno, check, nr::SYS_futex, syscall4, syscall6};
use core::sync::atomic::AtomicI32;

const FUTEX_WAIT: usize = 0;
const FUTEX_WAKE: usize = 1;
const FUTEX_WAIT_BITSET: usize = 9;
const FUTEX_PRIVATE: usize = 128;
const FUTEX_CLOCK_REALTIME: usize = 256;

/// Sleeps while `*word == expected` (returns at once otherwise, or on a wake or signal).
pub fn wait(word: &AtomicI32, expected: i32) {
    wait_in(word, expected, false)
}

/// [`wait`] for a word that may be shared with other processes when `shared`.
pub fn wait_in(word: &AtomicI32, expected: i32, shared: bool) {
    let op = FUTEX_WAIT | if shared { 0 } else { FUTEX_PRIVATE };
    // SAFETY: the kernel only reads the word; a null timeout waits indefinitely.
    let _ = unsafe { syscall4(SYS_futex, word.as_ptr() as usize, op, expected as usize, 0) };
}

/// A `struct timespec` as the kernel reads it.
#[repr(C)]
pub struct Timespec {
    pub sec: i64,
    pub nsec: i64,
}

/// Sleeps while `*word == expected` until the absolute time `abs` on CLOCK_REALTIME
/// (`realtime`) or CLOCK_MONOTONIC. `Err(ETIMEDOUT)` when the time passed.
pub fn wait_until(
    word: &AtomicI32,
    expected: i32,
    abs: &Timespec,
    realtime: bool,
) -> Result<(), Errno> {
    wait_until_in(word, expected, abs, realtime, false)
}

/// [`wait_until`] for a word that may be shared with other processes when `shared`.
pub fn wait_until_in(
    word: &AtomicI32,
    expected: i32,
    abs: &Timespec,
    realtime: bool,
    shared: bool,
) -> Result<(), Errno> {
    let op = FUTEX_WAIT_BITSET
        | if shared { 0 } else { FUTEX_PRIVATE }
        | if realtime { FUTEX_CLOCK_REALTIME } else { 0 };
    // SAFETY: the kernel reads the word and the timespec; bitset "any" matches every wake.
    let r = unsafe {
        syscall6(
            SYS_futex,
            word.as_ptr() as usize,
            op,
            expected as usize,
            abs as *const Timespec as usize,
            0,
            !0u32 as usize,
        )
    };
    check(r).map(drop)
}

/// Wakes up to `n` waiters.
pub fn wake(word: &AtomicI32, n: i32) {
    wake_in(word, n, false)
}

/// [`wake`] for a word that may be shared with other processes when `shared`.
pub fn wake_in(word: &AtomicI32, n: i32, shared: bool) {
    let op = FUTEX_WAKE | if shared { 0 } else { FUTEX_PRIVATE };
    // SAFETY: waking touches no user memory.
    let _ = unsafe { syscall4(SYS_futex, word.as_ptr() as usize, op, n as usize, 0) };
}

/// `FUTEX_CMP_REQUEUE` (private): if `word` still holds `expected`, moves up to `n` of
/// its waiters, waking none, onto `target`'s queue. `Err(EAGAIN)` if `word` changed.
pub fn requeue(word: &AtomicI32, expected: i32, target: &AtomicI32, n: i32) -> Result<(), Errno> {
    const FUTEX_CMP_REQUEUE: usize = 4;
    // SAFETY: the kernel only compares and queues on the two words, which are live.
    let r = unsafe {
        syscall6(
            SYS_futex,
            word.as_ptr() as usize,
            FUTEX_CMP_REQUEUE | FUTEX_PRIVATE,
            0,
            n as usize,
            target.as_ptr() as usize,
            expected as u32 as usize,
        )
    };
    check(r).map(drop)
}
