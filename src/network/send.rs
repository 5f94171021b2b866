//! `send` (POSIX.1-2017 send(); musl: src/network/send.c).
use crate::abi::types::{c_int, c_void, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp6;

/// `ssize_t send(int fd, const void *buf, size_t len, int flags);`
///
/// # Safety
/// `buf` is readable for `len` bytes.
///
/// # Errors
/// As `sendto`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn send(fd: c_int, buf: *const c_void, len: size_t, flags: c_int) -> ssize_t {
    // SAFETY: the caller guarantees the buffer; no address is passed.
    __syscall_ret(unsafe {
        cp6(
            SYS_sendto,
            fd as usize,
            buf as usize,
            len,
            flags as usize,
            0,
            0,
        )
    })
}
