//! `posix_fallocate` (POSIX.1-2017 posix_fallocate(); musl: src/fcntl/posix_fallocate.c).
use crate::abi::types::{c_int, off_t};
use crate::sys::{nr::SYS_fallocate, syscall4};

/// `int posix_fallocate(int fd, off_t off, off_t len);`
///
/// Returns the error number itself (0 on success) and leaves `errno` alone, as POSIX says.
///
/// # Errors
/// `EBADF` (not open for writing), `EFBIG`, `EINVAL` (`len <= 0`, `off < 0`), `ENOSPC`,
/// `ENODEV` (not a regular file), `ESPIPE`, `EOPNOTSUPP` (file system cannot).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_fallocate(fd: c_int, off: off_t, len: off_t) -> c_int {
    // SAFETY: no memory is passed.
    let r = unsafe { syscall4(SYS_fallocate, fd as usize, 0, off as usize, len as usize) };
    -(r as c_int)
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak posix_fallocate64",
    ".set posix_fallocate64, posix_fallocate"
);
