//! `symlink` (POSIX.1-2017 symlink(); musl: src/unistd/symlink.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int symlink(const char *target, const char *path);`
///
/// # Safety
/// Both strings must be NUL-terminated.
///
/// # Errors
/// `EEXIST`, `ENOENT`, `EACCES`, `ENAMETOOLONG`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn symlink(target: *const c_char, path: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall2(SYS_symlink, target as usize, path as usize) }) as c_int
}
