//! `mknod` (POSIX.1-2017 mknod(); musl: src/stat/mknod.c).
use crate::abi::types::{c_char, c_int, dev_t, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int mknod(const char *path, mode_t mode, dev_t dev);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `EEXIST`, `EINVAL`, `EPERM` (device without privilege), `ENOENT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mknod(path: *const c_char, mode: mode_t, dev: dev_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    __syscall_ret(unsafe { syscall3(SYS_mknod, path as usize, mode as usize, dev as usize) })
        as c_int
}
