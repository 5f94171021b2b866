//! `recvfrom` (POSIX.1-2017 recvfrom(); musl: src/network/recvfrom.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::{c_int, c_void, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp6;

/// `ssize_t recvfrom(int fd, void *restrict buf, size_t len, int flags, struct sockaddr *restrict addr, socklen_t *restrict alen);`
///
/// # Safety
/// `buf` is writable for `len` bytes; `addr` and `alen` are null or `alen` holds the writable size of `addr`.
///
/// # Errors
/// `EAGAIN`, `EBADF`, `ECONNREFUSED`, `EINTR`, `ENOTCONN`, `ENOTSOCK`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn recvfrom(
    fd: c_int,
    buf: *mut c_void,
    len: size_t,
    flags: c_int,
    addr: *mut sockaddr,
    alen: *mut socklen_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the buffers.
    __syscall_ret(unsafe {
        cp6(
            SYS_recvfrom,
            fd as usize,
            buf as usize,
            len,
            flags as usize,
            addr as usize,
            alen as usize,
        )
    })
}
