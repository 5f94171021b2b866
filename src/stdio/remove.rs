//! `remove` (C17 7.21.4.1; musl: src/stdio/remove.c).
use crate::abi::errno::EISDIR;
use crate::abi::fcntl::{AT_FDCWD, AT_REMOVEDIR};
use crate::abi::types::{c_char, c_int};
use crate::sys::{Errno, check, nr::SYS_unlinkat, syscall3};

/// `int remove(const char *path);`
///
/// Unlinks a file, or removes an empty directory.
///
/// # Safety
/// `path` must be NUL-terminated.
///
/// # Errors
/// As `unlink`/`rmdir`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn remove(path: *const c_char) -> c_int {
    let at = AT_FDCWD as isize as usize;
    // SAFETY: the caller guarantees `path`.
    let mut r = check(unsafe { syscall3(SYS_unlinkat, at, path as usize, 0) });
    if r == Err(Errno(EISDIR)) {
        // SAFETY: as above.
        r = check(unsafe { syscall3(SYS_unlinkat, at, path as usize, AT_REMOVEDIR as usize) });
    }
    crate::errno::c_ret(r.map(|_| 0), -1)
}
