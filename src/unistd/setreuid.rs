//! `setreuid` (POSIX.1-2017 setreuid(); musl: src/unistd/setreuid.c).
use crate::abi::types::{c_int, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int setreuid(uid_t ruid, uid_t euid);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setreuid(ruid: uid_t, euid: uid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_setreuid, ruid as usize, euid as usize) }) as c_int
}
