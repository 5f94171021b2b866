//! `setegid` (POSIX.1-2017 setegid(); musl: src/unistd/setegid.c).
use crate::abi::types::{c_int, gid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int setegid(gid_t gid);`
///
/// `setresgid(-1, gid, -1)`, as musl. Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setegid(gid: gid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall3(SYS_setresgid, usize::MAX, gid as usize, usize::MAX) }) as c_int
}
