//! `accept` (POSIX.1-2017 accept(); musl: src/network/accept.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp3;

/// `int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len);`
///
/// # Safety
/// `addr` and `len` are both null, or `len` points at the writable size of `addr`.
///
/// # Errors
/// `EAGAIN`, `EBADF`, `ECONNABORTED`, `EINTR`, `EINVAL`, `EMFILE`, `ENOTSOCK`, `EOPNOTSUPP`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn accept(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
    // SAFETY: the caller guarantees the address buffer.
    __syscall_ret(unsafe { cp3(SYS_accept, fd as usize, addr as usize, len as usize) }) as c_int
}
