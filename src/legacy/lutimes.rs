//! `lutimes` (BSD; musl: src/legacy/lutimes.c): `utimes` on a symbolic link itself.
use crate::abi::fcntl::{AT_FDCWD, AT_SYMLINK_NOFOLLOW};
use crate::abi::time::timeval;
use crate::abi::types::{c_char, c_int};

/// `int lutimes(const char *path, const struct timeval times[2]);`
///
/// # Safety
/// `path` is NUL-terminated; `times` is null or two `timeval`s.
///
/// # Errors
/// `EACCES`, `ENOENT`, `EPERM`, `EROFS`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lutimes(path: *const c_char, times: *const timeval) -> c_int {
    // SAFETY: forwarded.
    unsafe { crate::linux::utimes::set_times(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW) }
}
