//! `link` (POSIX.1-2017 link(); musl: src/unistd/link.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int link(const char *old, const char *new);`
///
/// # Safety
/// Both paths must be NUL-terminated strings.
///
/// # Errors
/// `EEXIST`, `ENOENT`, `EXDEV`, `EPERM` (directory), `EMLINK`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn link(old: *const c_char, new: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall2(SYS_link, old as usize, new as usize) }) as c_int
}
