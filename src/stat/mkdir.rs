//! `mkdir` (POSIX.1-2017 mkdir(); musl: src/stat/mkdir.c).
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int mkdir(const char *path, mode_t mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `EEXIST`, `ENOENT`, `ENOTDIR`, `EACCES`, `EROFS`, `ENOSPC`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkdir(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    __syscall_ret(unsafe { syscall2(SYS_mkdir, path as usize, mode as usize) }) as c_int
}
