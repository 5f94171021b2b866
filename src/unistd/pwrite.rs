//! `pwrite` (POSIX.1-2017 pwrite(); musl: src/unistd/pwrite.c).
use crate::abi::types::{c_int, c_void, off_t, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp4;

/// `ssize_t pwrite(int fd, const void *buf, size_t n, off_t off);`
///
/// # Safety
/// `buf` must be readable for `n` bytes.
///
/// # Errors
/// `EBADF`, `EFAULT`, `EINVAL`, `ESPIPE`, `ENOSPC`, `EINTR`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pwrite(fd: c_int, buf: *const c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the caller guarantees `buf`.
    __syscall_ret(unsafe { cp4(SYS_pwrite64, fd as usize, buf as usize, n, off as usize) })
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak pwrite64", ".set pwrite64, pwrite");
