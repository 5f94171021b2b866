//! `setresuid` (GNU; musl: src/unistd/setresuid.c).
use crate::abi::types::{c_int, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int setresuid(uid_t r, uid_t e, uid_t s);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`, `EAGAIN`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setresuid(r: uid_t, e: uid_t, s: uid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall3(SYS_setresuid, r as usize, e as usize, s as usize) }) as c_int
}
