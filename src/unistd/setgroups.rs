//! `setgroups` (BSD; musl: src/unistd/setgroups.c).
use crate::abi::types::{c_int, gid_t, size_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int setgroups(size_t size, const gid_t *list);`
///
/// Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Safety
/// `list` must be readable for `size` entries.
///
/// # Errors
/// `EPERM`, `EINVAL` (too many), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setgroups(size: size_t, list: *const gid_t) -> c_int {
    // SAFETY: the caller guarantees `list` has `size` entries.
    __syscall_ret(unsafe { syscall2(SYS_setgroups, size, list as usize) }) as c_int
}
