//! The fd seek and close backends (musl: src/stdio/__stdio_seek.c, __stdio_close.c).
use super::file::File;
use crate::abi::types::{c_int, off_t};

/// `lseek` on the stream's descriptor; -1 with `errno` on failure.
///
/// # Safety
/// `f` is a live fd stream.
pub unsafe fn stdio_seek(f: *mut File, off: off_t, whence: c_int) -> off_t {
    // SAFETY: the caller guarantees `f`.
    let fd = unsafe { (*f).fd };
    crate::errno::c_ret(crate::sys::fs::lseek(fd, off, whence), -1)
}

/// `close` on the stream's descriptor; -1 with `errno` on failure (EINTR counts as closed).
///
/// # Safety
/// `f` is a live fd stream.
pub unsafe fn stdio_close(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    let fd = unsafe { (*f).fd };
    match crate::sys::fs::close(fd) {
        Ok(()) | Err(crate::sys::Errno(crate::abi::errno::EINTR)) => 0,
        Err(crate::sys::Errno(e)) => {
            crate::errno::set_errno(e);
            -1
        }
    }
}
