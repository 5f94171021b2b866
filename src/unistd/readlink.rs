//! `readlink` (POSIX.1-2017 readlink(); musl: src/unistd/readlink.c).
use crate::abi::types::{c_char, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `ssize_t readlink(const char *restrict path, char *restrict buf, size_t size);`
///
/// # Safety
/// `path` must be a NUL-terminated string; `buf` writable for `size` bytes.
///
/// # Errors
/// `EINVAL` (not a symbolic link), `ENOENT`, `ENOTDIR`, `EACCES`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn readlink(path: *const c_char, buf: *mut c_char, size: size_t) -> ssize_t {
    // Linux refuses a zero size with EINVAL; POSIX lets it succeed, so read into a
    // one-byte scratch buffer and report nothing copied, as musl does.
    let mut dummy = [0 as c_char; 1];
    let (buf, size) = if size == 0 {
        (dummy.as_mut_ptr(), 1)
    } else {
        (buf, size)
    };
    // SAFETY: the caller guarantees `path`; `buf` is the caller's or `dummy`.
    let r = __syscall_ret(unsafe { syscall3(SYS_readlink, path as usize, buf as usize, size) });
    if r > 0 && buf == dummy.as_mut_ptr() {
        0
    } else {
        r
    }
}
