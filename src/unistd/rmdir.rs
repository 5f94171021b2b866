//! `rmdir` (POSIX.1-2017 rmdir(); musl: src/unistd/rmdir.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int rmdir(const char *path);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `ENOENT`, `ENOTDIR`, `ENOTEMPTY`, `EBUSY`, `EINVAL` (`.`)...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rmdir(path: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall1(SYS_rmdir, path as usize) }) as c_int
}
