//! `symlinkat` (POSIX.1-2017 symlinkat(); musl: src/unistd/symlinkat.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int symlinkat(const char *target, int dirfd, const char *path);`
///
/// # Safety
/// Both strings must be NUL-terminated.
///
/// # Errors
/// As `symlink`, plus `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn symlinkat(
    target: *const c_char,
    dirfd: c_int,
    path: *const c_char,
) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe {
        syscall3(
            SYS_symlinkat,
            target as usize,
            dirfd as usize,
            path as usize,
        )
    }) as c_int
}
