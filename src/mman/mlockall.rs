//! `mlockall`, `munlockall` (POSIX mlockall(); musl: src/mman/mlockall.c, munlockall.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall0, syscall1};

/// `int mlockall(int flags);`
///
/// # Errors
/// `EINVAL` (bad flags), `ENOMEM`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mlockall(flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_mlockall, flags as usize) }) as c_int
}

/// `int munlockall(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn munlockall() -> c_int {
    // SAFETY: no arguments.
    __syscall_ret(unsafe { syscall0(SYS_munlockall) }) as c_int
}
