//! `connect` (POSIX.1-2017 connect(); musl: src/network/connect.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp3;

/// `int connect(int fd, const struct sockaddr *addr, socklen_t len);`
///
/// # Safety
/// `addr` must be readable for `len` bytes.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `ECONNREFUSED`, `EINPROGRESS`, `EINTR`, `EAFNOSUPPORT`, `ENOENT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn connect(fd: c_int, addr: *const sockaddr, len: socklen_t) -> c_int {
    // SAFETY: the caller guarantees the address.
    __syscall_ret(unsafe { cp3(SYS_connect, fd as usize, addr as usize, len as usize) }) as c_int
}
