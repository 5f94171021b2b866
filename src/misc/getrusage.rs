//! `getrusage` (POSIX.1-2017 getrusage(); musl: src/misc/getrusage.c).
use crate::abi::resource::rusage;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int getrusage(int who, struct rusage *ru);`
///
/// # Safety
/// `ru` must be writable.
///
/// # Errors
/// `EINVAL` (bad `who`), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getrusage(who: c_int, ru: *mut rusage) -> c_int {
    // SAFETY: the caller guarantees `ru`.
    __syscall_ret(unsafe { syscall2(SYS_getrusage, who as usize, ru as usize) }) as c_int
}
