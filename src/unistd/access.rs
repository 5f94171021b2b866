//! `access` (POSIX.1-2017 access(); musl: src/unistd/access.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int access(const char *path, int mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `EACCES`, `ENOENT`, `ENOTDIR`, `EROFS`, `EINVAL` (bad mode), `EFAULT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn access(path: *const c_char, mode: c_int) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall2(SYS_access, path as usize, mode as usize) }) as c_int
}
