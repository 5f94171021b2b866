//! `truncate` (POSIX.1-2017 truncate(); musl: src/unistd/truncate.c).
use crate::abi::types::{c_char, c_int, off_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int truncate(const char *path, off_t len);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `ENOENT`, `EISDIR`, `EINVAL` (negative), `EFBIG`, `EACCES`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn truncate(path: *const c_char, len: off_t) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall2(SYS_truncate, path as usize, len as usize) }) as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak truncate64", ".set truncate64, truncate");
