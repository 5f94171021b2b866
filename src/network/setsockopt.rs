//! `setsockopt` (POSIX.1-2017 setsockopt(); musl: src/network/setsockopt.c).
use crate::abi::socket::socklen_t;
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall5};

/// `int setsockopt(int fd, int level, int name, const void *val, socklen_t len);`
///
/// # Safety
/// `val` is readable for `len` bytes.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `ENOPROTOOPT`, `EINVAL`, `EFAULT`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setsockopt(
    fd: c_int,
    level: c_int,
    name: c_int,
    val: *const c_void,
    len: socklen_t,
) -> c_int {
    // SAFETY: the caller guarantees the option buffer.
    __syscall_ret(unsafe {
        syscall5(
            SYS_setsockopt,
            fd as usize,
            level as usize,
            name as usize,
            val as usize,
            len as usize,
        )
    }) as c_int
}
