//! `syscallN`-shaped cancellation-point syscalls for the wrappers POSIX lists as
//! cancellation points (musl: `syscall_cp`/`__syscall_cp` in src/internal/syscall.h).
//! Each returns the result or `-errno`, like `crate::sys::syscallN`.
use super::pthread_cancel::syscall_cp;

/// One-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall1`: the arguments must be valid for syscall `n`.
#[inline]
pub unsafe fn cp1(n: usize, a: usize) -> isize {
    syscall_cp(n, a, 0, 0, 0, 0, 0)
}

/// Two-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall2`.
#[inline]
pub unsafe fn cp2(n: usize, a: usize, b: usize) -> isize {
    syscall_cp(n, a, b, 0, 0, 0, 0)
}

/// Three-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall3`.
#[inline]
pub unsafe fn cp3(n: usize, a: usize, b: usize, c: usize) -> isize {
    syscall_cp(n, a, b, c, 0, 0, 0)
}

/// Four-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall4`.
#[inline]
pub unsafe fn cp4(n: usize, a: usize, b: usize, c: usize, d: usize) -> isize {
    syscall_cp(n, a, b, c, d, 0, 0)
}

/// Five-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall5`.
#[inline]
pub unsafe fn cp5(n: usize, a: usize, b: usize, c: usize, d: usize, e: usize) -> isize {
    syscall_cp(n, a, b, c, d, e, 0)
}

/// Six-argument cancellation-point syscall.
///
/// # Safety
/// As for `crate::sys::syscall6`.
#[inline]
pub unsafe fn cp6(n: usize, a: usize, b: usize, c: usize, d: usize, e: usize, f: usize) -> isize {
    syscall_cp(n, a, b, c, d, e, f)
}
