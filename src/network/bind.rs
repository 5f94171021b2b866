//! `bind` (POSIX.1-2017 bind(); musl: src/network/bind.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int bind(int fd, const struct sockaddr *addr, socklen_t len);`
///
/// # Safety
/// `addr` must be readable for `len` bytes.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `EADDRINUSE`, `EADDRNOTAVAIL`, `EINVAL`, `EACCES`, `EFAULT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn bind(fd: c_int, addr: *const sockaddr, len: socklen_t) -> c_int {
    // SAFETY: the caller guarantees the address.
    __syscall_ret(unsafe { syscall3(SYS_bind, fd as usize, addr as usize, len as usize) }) as c_int
}
