//! `unlinkat` (POSIX.1-2017 unlinkat(); musl: src/unistd/unlinkat.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int unlinkat(int dirfd, const char *path, int flags);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `unlink` (or `rmdir` with `AT_REMOVEDIR`), plus `EBADF`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn unlinkat(dirfd: c_int, path: *const c_char, flags: c_int) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall3(SYS_unlinkat, dirfd as usize, path as usize, flags as usize) })
        as c_int
}
