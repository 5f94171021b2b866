//! `setrlimit` (POSIX.1-2017 setrlimit(); musl: src/misc/setrlimit.c).
use crate::abi::resource::rlimit;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int setrlimit(int res, const struct rlimit *lim);`
///
/// Sets the limit of the calling process (all threads share it on Linux).
///
/// # Safety
/// `lim` must be readable.
///
/// # Errors
/// `EINVAL` (unknown resource or `cur > max`), `EPERM` (raising `max` without privilege), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setrlimit(res: c_int, lim: *const rlimit) -> c_int {
    // SAFETY: the caller guarantees `lim`.
    __syscall_ret(unsafe { syscall4(SYS_prlimit64, 0, res as usize, lim as usize, 0) }) as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak setrlimit64", ".set setrlimit64, setrlimit");
