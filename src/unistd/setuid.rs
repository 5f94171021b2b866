//! `setuid` (POSIX.1-2017 setuid(); musl: src/unistd/setuid.c).
use crate::abi::types::{c_int, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int setuid(uid_t uid);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`, `EAGAIN`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setuid(uid: uid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_setuid, uid as usize) }) as c_int
}
