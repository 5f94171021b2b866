//! `sendfile` (Linux; musl: src/linux/sendfile.c).
use crate::abi::types::{c_int, off_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_sendfile, syscall4};

/// `ssize_t sendfile(int out_fd, int in_fd, off_t *off, size_t count);`
///
/// # Safety
/// `off` is null or points at the input offset to read and update.
///
/// # Errors
/// `EBADF`, `EINVAL`, `EAGAIN`, `EIO`, `EOVERFLOW`, `ESPIPE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sendfile(
    out_fd: c_int,
    in_fd: c_int,
    off: *mut off_t,
    count: usize,
) -> isize {
    // SAFETY: the caller guarantees `off`.
    __syscall_ret(unsafe {
        syscall4(
            SYS_sendfile,
            out_fd as usize,
            in_fd as usize,
            off as usize,
            count,
        )
    })
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak sendfile64", ".set sendfile64, sendfile");
