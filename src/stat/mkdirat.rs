//! `mkdirat` (POSIX.1-2017 mkdirat(); musl: src/stat/mkdirat.c).
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int mkdirat(int dirfd, const char *path, mode_t mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `mkdir`, plus `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkdirat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    __syscall_ret(unsafe { syscall3(SYS_mkdirat, dirfd as usize, path as usize, mode as usize) })
        as c_int
}
