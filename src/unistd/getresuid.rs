//! `getresuid` (GNU; musl: src/unistd/getresuid.c).
use crate::abi::types::{c_int, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int getresuid(uid_t *r, uid_t *e, uid_t *s);`
///
/// # Safety
/// Each pointer must be writable.
///
/// # Errors
/// `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getresuid(r: *mut uid_t, e: *mut uid_t, s: *mut uid_t) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall3(SYS_getresuid, r as usize, e as usize, s as usize) }) as c_int
}
