//! `futimesat` (obsolete GNU/Solaris; musl: src/stat/futimesat.c).
use crate::abi::time::timeval;
use crate::abi::types::{c_char, c_int};

/// `int futimesat(int dirfd, const char *path, const struct timeval times[2]);`
///
/// # Safety
/// `path` is null or NUL-terminated; `times` is null or two `timeval`s.
///
/// # Errors
/// `EBADF`, `EACCES`, `ENOENT`, `EPERM`, `EROFS`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn futimesat(
    dirfd: c_int,
    path: *const c_char,
    times: *const timeval,
) -> c_int {
    // SAFETY: forwarded.
    unsafe { crate::linux::utimes::set_times(dirfd, path, times, 0) }
}
