//! `getresgid` (GNU; musl: src/unistd/getresgid.c).
use crate::abi::types::{c_int, gid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int getresgid(gid_t *r, gid_t *e, gid_t *s);`
///
/// # Safety
/// Each pointer must be writable.
///
/// # Errors
/// `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getresgid(r: *mut gid_t, e: *mut gid_t, s: *mut gid_t) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall3(SYS_getresgid, r as usize, e as usize, s as usize) }) as c_int
}
