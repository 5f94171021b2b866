//! `futimens` (POSIX.1-2017 futimens(); musl: src/stat/futimens.c).
use crate::abi::time::timespec;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int futimens(int fd, const struct timespec times[2]);`
///
/// # Safety
/// `times` must be null or point at two timespecs.
///
/// # Errors
/// `EBADF`, `EACCES`, `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn futimens(fd: c_int, times: *const timespec) -> c_int {
    // SAFETY: a null path means `fd` itself; the caller guarantees `times`.
    __syscall_ret(unsafe { syscall4(SYS_utimensat, fd as usize, 0, times as usize, 0) }) as c_int
}
