//! `getrlimit` (POSIX.1-2017 getrlimit(); musl: src/misc/getrlimit.c).
use crate::abi::resource::rlimit;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int getrlimit(int res, struct rlimit *lim);`
///
/// # Safety
/// `lim` must be writable.
///
/// # Errors
/// `EINVAL` (unknown resource), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getrlimit(res: c_int, lim: *mut rlimit) -> c_int {
    // SAFETY: the caller guarantees `lim`; no new limit is passed.
    __syscall_ret(unsafe { syscall4(SYS_prlimit64, 0, res as usize, 0, lim as usize) }) as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak getrlimit64", ".set getrlimit64, getrlimit");
