//! `getgroups` (POSIX.1-2017 getgroups(); musl: src/unistd/getgroups.c).
use crate::abi::types::{c_int, gid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int getgroups(int size, gid_t list[]);`
///
/// # Safety
/// `list` must be writable for `size` entries (unused when 0).
///
/// # Errors
/// `EINVAL` (`size` too small but not 0), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getgroups(size: c_int, list: *mut gid_t) -> c_int {
    // SAFETY: the caller guarantees `list` has `size` slots.
    __syscall_ret(unsafe { syscall2(SYS_getgroups, size as usize, list as usize) }) as c_int
}
