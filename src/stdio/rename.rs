//! `rename` and `renameat` (C17 7.21.4.2, POSIX renameat(); musl: src/stdio/rename.c,
//! src/unistd/renameat.c).
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::types::{c_char, c_int};
use crate::sys::{check, nr::SYS_renameat, syscall4};

/// `int renameat(int oldfd, const char *old, int newfd, const char *new);`
///
/// Renames `old` (relative to `oldfd`) to `new` (relative to `newfd`).
///
/// # Safety
/// Both paths NUL-terminated.
///
/// # Errors
/// As `renameat(2)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn renameat(
    oldfd: c_int,
    old: *const c_char,
    newfd: c_int,
    new: *const c_char,
) -> c_int {
    // SAFETY: the caller guarantees the paths.
    let r = check(unsafe {
        syscall4(
            SYS_renameat,
            oldfd as isize as usize,
            old as usize,
            newfd as isize as usize,
            new as usize,
        )
    });
    crate::errno::c_ret(r.map(|_| 0), -1)
}

/// `int rename(const char *old, const char *new);`
///
/// # Safety
/// Both paths NUL-terminated.
///
/// # Errors
/// As `rename(2)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rename(old: *const c_char, new: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { renameat(AT_FDCWD, old, AT_FDCWD, new) }
}
