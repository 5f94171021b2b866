//! `linkat` (POSIX.1-2017 linkat(); musl: src/unistd/linkat.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall5};

/// `int linkat(int olddir, const char *old, int newdir, const char *new, int flags);`
///
/// # Safety
/// Both paths must be NUL-terminated strings.
///
/// # Errors
/// As `link`, plus `EBADF` and `EINVAL` (bad flags).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn linkat(
    olddir: c_int,
    old: *const c_char,
    newdir: c_int,
    new: *const c_char,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe {
        syscall5(
            SYS_linkat,
            olddir as usize,
            old as usize,
            newdir as usize,
            new as usize,
            flags as usize,
        )
    }) as c_int
}
