//! `prlimit` (Linux; musl: src/linux/prlimit.c).
use crate::abi::resource::rlimit;
use crate::abi::types::{c_int, pid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int prlimit(pid_t pid, int res, const struct rlimit *new, struct rlimit *old);`
///
/// # Safety
/// `new` null or readable; `old` null or writable.
///
/// # Errors
/// `EINVAL`, `EPERM`, `ESRCH`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn prlimit(
    pid: pid_t,
    res: c_int,
    new: *const rlimit,
    old: *mut rlimit,
) -> c_int {
    // SAFETY: the caller guarantees `new` and `old` (each may be null).
    __syscall_ret(unsafe {
        syscall4(
            SYS_prlimit64,
            pid as usize,
            res as usize,
            new as usize,
            old as usize,
        )
    }) as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak prlimit64", ".set prlimit64, prlimit");
