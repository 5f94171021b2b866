//! Signal and time syscalls beyond those in `proc.rs`: kill, pending, suspend, wait,
//! queue, alternate stack, clocks, sleeps and timers. Signal sets are the kernel's 8 bytes.
use super::{Errno, check, nr::*, syscall0, syscall1, syscall2, syscall3, syscall4};
use crate::abi::types::{c_int, pid_t, uid_t};

/// Kernel signal-set size in bytes (`_NSIG / 8`).
pub const KSET: usize = 8;

/// `kill(2)`.
pub fn kill(pid: pid_t, sig: c_int) -> Result<(), Errno> {
    // SAFETY: no memory is passed.
    check(unsafe { syscall2(SYS_kill, pid as usize, sig as usize) }).map(drop)
}

/// `tkill(2)`.
pub fn tkill(tid: pid_t, sig: c_int) -> Result<(), Errno> {
    // SAFETY: no memory is passed.
    check(unsafe { syscall2(SYS_tkill, tid as usize, sig as usize) }).map(drop)
}

/// `getuid(2)`.
pub fn getuid() -> uid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getuid) as uid_t }
}

/// `rt_sigpending(2)`.
pub fn sigpending(set: &mut u64) -> Result<(), Errno> {
    // SAFETY: `set` is a live u64.
    check(unsafe { syscall2(SYS_rt_sigpending, set as *mut u64 as usize, KSET) }).map(drop)
}

/// `rt_sigsuspend(2)`: always ends in an error, normally `EINTR`.
pub fn sigsuspend(set: &u64) -> Result<(), Errno> {
    // SAFETY: `set` is a live u64.
    check(unsafe { syscall2(SYS_rt_sigsuspend, set as *const u64 as usize, KSET) }).map(drop)
}

/// `rt_sigtimedwait(2)`: the signal number taken.
///
/// # Safety
/// `info` is null or writable for 128 bytes; `ts` is null or a valid `timespec`.
pub unsafe fn sigtimedwait(set: &u64, info: usize, ts: usize) -> Result<c_int, Errno> {
    // SAFETY: the caller guarantees `info` and `ts`.
    let r = unsafe {
        syscall4(
            SYS_rt_sigtimedwait,
            set as *const u64 as usize,
            info,
            ts,
            KSET,
        )
    };
    check(r).map(|s| s as c_int)
}

/// `rt_sigqueueinfo(2)`.
///
/// # Safety
/// `info` must point at a 128-byte `siginfo_t`.
pub unsafe fn sigqueueinfo(pid: pid_t, sig: c_int, info: usize) -> Result<(), Errno> {
    // SAFETY: the caller guarantees `info`.
    check(unsafe { syscall3(SYS_rt_sigqueueinfo, pid as usize, sig as usize, info) }).map(drop)
}

/// `sigaltstack(2)`.
///
/// # Safety
/// Each pointer is null or points at a `stack_t`.
pub unsafe fn sigaltstack(ss: usize, old: usize) -> Result<(), Errno> {
    // SAFETY: the caller guarantees both pointers.
    check(unsafe { syscall2(SYS_sigaltstack, ss, old) }).map(drop)
}

/// A syscall that takes one or two user pointers and returns 0 or `-errno`
/// (clock_gettime, clock_getres, nanosleep, getitimer, timer_gettime...).
///
/// # Safety
/// The arguments must be what syscall `nr` expects.
pub unsafe fn call2(nr: usize, a: usize, b: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the arguments.
    check(unsafe { syscall2(nr, a, b) })
}

/// As [`call2`] with three arguments.
///
/// # Safety
/// The arguments must be what syscall `nr` expects.
pub unsafe fn call3(nr: usize, a: usize, b: usize, c: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the arguments.
    check(unsafe { syscall3(nr, a, b, c) })
}

/// As [`call2`] with four arguments.
///
/// # Safety
/// The arguments must be what syscall `nr` expects.
pub unsafe fn call4(nr: usize, a: usize, b: usize, c: usize, d: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the arguments.
    check(unsafe { syscall4(nr, a, b, c, d) })
}

/// As [`call2`] with one argument.
///
/// # Safety
/// The argument must be what syscall `nr` expects.
pub unsafe fn call1(nr: usize, a: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the argument.
    check(unsafe { syscall1(nr, a) })
}
