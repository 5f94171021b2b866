//! `mknodat` (POSIX.1-2017 mknodat(); musl: src/stat/mknodat.c).
use crate::abi::types::{c_char, c_int, dev_t, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `mknod`, plus `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mknodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    dev: dev_t,
) -> c_int {
    // SAFETY: the caller guarantees the string.
    __syscall_ret(unsafe {
        syscall4(
            SYS_mknodat,
            dirfd as usize,
            path as usize,
            mode as usize,
            dev as usize,
        )
    }) as c_int
}
