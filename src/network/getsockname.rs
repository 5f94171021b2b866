//! `getsockname` (POSIX.1-2017 getsockname(); musl: src/network/getsockname.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len);`
///
/// # Safety
/// `len` points at the writable size of `addr`.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `EFAULT`, `EINVAL`, `ENOBUFS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getsockname(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
    // SAFETY: the caller guarantees the address buffer.
    __syscall_ret(unsafe { syscall3(SYS_getsockname, fd as usize, addr as usize, len as usize) })
        as c_int
}
