//! `chmod` (POSIX.1-2017 chmod(); musl: src/stat/chmod.c).
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int chmod(const char *path, mode_t mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `ENOENT`, `EPERM`, `EACCES`, `EROFS`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn chmod(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    __syscall_ret(unsafe { syscall2(SYS_chmod, path as usize, mode as usize) }) as c_int
}
