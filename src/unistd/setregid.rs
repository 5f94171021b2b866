//! `setregid` (POSIX.1-2017 setregid(); musl: src/unistd/setregid.c).
use crate::abi::types::{c_int, gid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int setregid(gid_t rgid, gid_t egid);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setregid(rgid: gid_t, egid: gid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_setregid, rgid as usize, egid as usize) }) as c_int
}
