//! `times` (POSIX times(); musl: src/time/times.c).
use crate::abi::times::tms;
use crate::abi::types::clock_t;
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_times, syscall1};

/// `clock_t times(struct tms *buf);` — clock ticks since an arbitrary point.
///
/// # Safety
/// `buf` must be writable.
///
/// # Errors
/// `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn times(buf: *mut tms) -> clock_t {
    // SAFETY: the caller guarantees `buf`.
    __syscall_ret(unsafe { syscall1(SYS_times, buf as usize) }) as clock_t
}
