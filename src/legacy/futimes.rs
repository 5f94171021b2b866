//! `futimes` (BSD; musl: src/legacy/futimes.c).
use crate::abi::time::timeval;
use crate::abi::types::c_int;

/// `int futimes(int fd, const struct timeval times[2]);`
///
/// # Safety
/// `times` is null or two `timeval`s.
///
/// # Errors
/// `EBADF`, `EACCES`, `EPERM`, `EROFS`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn futimes(fd: c_int, times: *const timeval) -> c_int {
    // SAFETY: a null path makes utimensat act on `fd`; the caller guarantees `times`.
    unsafe { crate::linux::utimes::set_times(fd, core::ptr::null(), times, 0) }
}
