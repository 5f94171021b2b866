//! `recv` (POSIX.1-2017 recv(); musl: src/network/recv.c).
use crate::abi::types::{c_int, c_void, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp6;

/// `ssize_t recv(int fd, void *buf, size_t len, int flags);`
///
/// # Safety
/// `buf` is writable for `len` bytes.
///
/// # Errors
/// As `recvfrom`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn recv(fd: c_int, buf: *mut c_void, len: size_t, flags: c_int) -> ssize_t {
    // SAFETY: the caller guarantees the buffer; no address is asked for.
    __syscall_ret(unsafe {
        cp6(
            SYS_recvfrom,
            fd as usize,
            buf as usize,
            len,
            flags as usize,
            0,
            0,
        )
    })
}
