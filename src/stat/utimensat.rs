//! `utimensat` (POSIX.1-2017 utimensat(); musl: src/stat/utimensat.c).
use crate::abi::time::timespec;
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags);`
///
/// # Safety
/// `path` must be null or a NUL-terminated string; `times` null or two timespecs.
///
/// # Errors
/// `ENOENT`, `EACCES`, `EPERM`, `EINVAL` (bad `tv_nsec` or flags), `EBADF`, `EROFS`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn utimensat(
    dirfd: c_int,
    path: *const c_char,
    times: *const timespec,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe {
        syscall4(
            SYS_utimensat,
            dirfd as usize,
            path as usize,
            times as usize,
            flags as usize,
        )
    }) as c_int
}
