//! `setgid` (POSIX.1-2017 setgid(); musl: src/unistd/setgid.c).
use crate::abi::types::{c_int, gid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int setgid(gid_t gid);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setgid(gid: gid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_setgid, gid as usize) }) as c_int
}
