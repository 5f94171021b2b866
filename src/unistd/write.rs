//! `write` (POSIX.1-2017 write(); musl: src/unistd/write.c).
use crate::abi::types::{c_int, c_void, size_t, ssize_t};
use crate::errno::c_ret;

/// `ssize_t write(int fd, const void *buf, size_t count);`
///
/// # Safety
/// `buf` must be readable for `count` bytes.
///
/// # Errors
/// Whatever the kernel reports: `EBADF`, `EFAULT`, `EINTR`, `EPIPE`, `ENOSPC`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn write(fd: c_int, buf: *const c_void, count: size_t) -> ssize_t {
    // A cancellation point; the kernel reads the caller's buffer.
    let r = crate::thread::pthread_cancel::syscall_cp(
        crate::sys::nr::SYS_write,
        fd as usize,
        buf as usize,
        count,
        0,
        0,
        0,
    );
    c_ret(crate::sys::check(r).map(|n| n as ssize_t), -1)
}
