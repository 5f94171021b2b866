//! `getdents` (GNU; musl: src/dirent/__getdents.c): raw `getdents64` records.
use crate::abi::dirent::dirent;
use crate::abi::types::{c_int, size_t};
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::SYS_getdents64, syscall3};

/// The `getdents64` syscall: bytes of records written to `buf`, 0 at the end.
pub fn getdents64(fd: c_int, buf: *mut u8, len: usize) -> Result<usize, Errno> {
    // SAFETY: callers pass a writable buffer of `len` bytes; the kernel checks it too.
    check(unsafe { syscall3(SYS_getdents64, fd as usize, buf as usize, len) })
}

/// `int getdents(int fd, struct dirent *buf, size_t len);`
///
/// # Safety
/// `buf` is writable for `len` bytes.
///
/// # Errors
/// `EBADF`, `EFAULT`, `EINVAL` (buffer too small), `ENOENT` (directory removed), `ENOTDIR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getdents(fd: c_int, buf: *mut dirent, len: size_t) -> c_int {
    let len = len.min(c_int::MAX as usize);
    c_ret(getdents64(fd, buf.cast(), len).map(|n| n as c_int), -1)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak getdents64", ".set getdents64, getdents");
