//! `sendto` (POSIX.1-2017 sendto(); musl: src/network/sendto.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::{c_int, c_void, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp6;

/// `ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *addr, socklen_t alen);`
///
/// # Safety
/// `buf` is readable for `len` bytes; `addr` is null or readable for `alen` bytes.
///
/// # Errors
/// `EAGAIN`, `EBADF`, `ECONNRESET`, `EDESTADDRREQ`, `EINTR`, `EMSGSIZE`, `ENOTCONN`, `ENOTSOCK`, `EPIPE`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sendto(
    fd: c_int,
    buf: *const c_void,
    len: size_t,
    flags: c_int,
    addr: *const sockaddr,
    alen: socklen_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the buffers.
    __syscall_ret(unsafe {
        cp6(
            SYS_sendto,
            fd as usize,
            buf as usize,
            len,
            flags as usize,
            addr as usize,
            alen as usize,
        )
    })
}
