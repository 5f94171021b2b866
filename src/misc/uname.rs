//! `uname` (POSIX.1-2017 uname(); musl: src/misc/uname.c).
use crate::abi::types::c_int;
use crate::abi::utsname::utsname;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int uname(struct utsname *u);`
///
/// # Safety
/// `u` must be writable.
///
/// # Errors
/// `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn uname(u: *mut utsname) -> c_int {
    // SAFETY: the caller guarantees `u`.
    __syscall_ret(unsafe { syscall1(SYS_uname, u as usize) }) as c_int
}
