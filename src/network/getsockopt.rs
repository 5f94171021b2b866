//! `getsockopt` (POSIX.1-2017 getsockopt(); musl: src/network/getsockopt.c).
use crate::abi::socket::socklen_t;
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall5};

/// `int getsockopt(int fd, int level, int name, void *restrict val, socklen_t *restrict len);`
///
/// # Safety
/// `len` points at the writable size of `val`.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `ENOPROTOOPT`, `EINVAL`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getsockopt(
    fd: c_int,
    level: c_int,
    name: c_int,
    val: *mut c_void,
    len: *mut socklen_t,
) -> c_int {
    // SAFETY: the caller guarantees the option buffer.
    __syscall_ret(unsafe {
        syscall5(
            SYS_getsockopt,
            fd as usize,
            level as usize,
            name as usize,
            val as usize,
            len as usize,
        )
    }) as c_int
}
