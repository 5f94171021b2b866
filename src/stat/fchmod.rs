//! `fchmod` (POSIX.1-2017 fchmod(); musl: src/stat/fchmod.c).
use crate::abi::types::{c_int, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int fchmod(int fd, mode_t mode);`
///
/// # Errors
/// `EBADF`, `EPERM`, `EROFS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fchmod(fd: c_int, mode: mode_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_fchmod, fd as usize, mode as usize) }) as c_int
}
