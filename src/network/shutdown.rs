//! `shutdown` (POSIX.1-2017 shutdown(); musl: src/network/shutdown.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int shutdown(int fd, int how);`
///
/// # Safety
/// None: no memory is passed.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `ENOTCONN`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn shutdown(fd: c_int, how: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_shutdown, fd as usize, how as usize) }) as c_int
}
