//! `pread` (POSIX.1-2017 pread(); musl: src/unistd/pread.c).
use crate::abi::types::{c_int, c_void, off_t, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp4;

/// `ssize_t pread(int fd, void *buf, size_t n, off_t off);`
///
/// # Safety
/// `buf` must be writable for `n` bytes.
///
/// # Errors
/// `EBADF`, `EFAULT`, `EINVAL` (negative `off`), `ESPIPE` (pipe or socket), `EINTR`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pread(fd: c_int, buf: *mut c_void, n: size_t, off: off_t) -> ssize_t {
    // SAFETY: the caller guarantees `buf`.
    __syscall_ret(unsafe { cp4(SYS_pread64, fd as usize, buf as usize, n, off as usize) })
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak pread64", ".set pread64, pread");
