//! File-descriptor syscalls: open, read, write, close, lseek.
use super::{Errno, check, nr::*, syscall1, syscall3, syscall4};
use crate::abi::types::{c_char, c_int, mode_t, off_t};

/// `openat(2)`.
///
/// # Safety
/// `path` must be a NUL-terminated string.
pub unsafe fn openat(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mode: mode_t,
) -> Result<c_int, Errno> {
    // SAFETY: the caller guarantees `path`; the kernel validates the rest.
    let r = unsafe {
        syscall4(
            SYS_openat,
            dirfd as usize,
            path as usize,
            flags as usize,
            mode as usize,
        )
    };
    check(r).map(|fd| fd as c_int)
}

/// `read(2)`.
///
/// # Safety
/// `buf` must be writable for `len` bytes.
pub unsafe fn read(fd: c_int, buf: *mut u8, len: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the buffer.
    check(unsafe { syscall3(SYS_read, fd as usize, buf as usize, len) })
}

/// `write(2)`.
///
/// # Safety
/// `buf` must be readable for `len` bytes.
pub unsafe fn write(fd: c_int, buf: *const u8, len: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the buffer.
    check(unsafe { syscall3(SYS_write, fd as usize, buf as usize, len) })
}

/// Writes all of `bytes`, retrying short writes and `EINTR`.
pub fn write_all(fd: c_int, mut bytes: &[u8]) -> Result<(), Errno> {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a live slice.
        match unsafe { write(fd, bytes.as_ptr(), bytes.len()) } {
            Ok(n) => bytes = bytes.get(n..).unwrap_or_default(),
            Err(Errno(crate::abi::errno::EINTR)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// `close(2)`.
pub fn close(fd: c_int) -> Result<(), Errno> {
    // SAFETY: closing any integer is memory-safe.
    check(unsafe { syscall1(SYS_close, fd as usize) }).map(drop)
}

/// `lseek(2)`.
pub fn lseek(fd: c_int, off: off_t, whence: c_int) -> Result<off_t, Errno> {
    // SAFETY: no memory is passed.
    check(unsafe { syscall3(SYS_lseek, fd as usize, off as usize, whence as usize) })
        .map(|o| o as off_t)
}
