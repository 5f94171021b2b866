//! `opendir` (POSIX.1-2017 opendir(); musl: src/dirent/opendir.c).
use super::__dirent::{Dir, alloc};
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_DIRECTORY, O_RDONLY};
use crate::abi::types::c_char;
use crate::errno::c_ret;
use crate::sys::fs;

/// `DIR *opendir(const char *name);`
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `EACCES`, `ENOENT`, `ENOTDIR`, `ELOOP`, `ENAMETOOLONG`, `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn opendir(name: *const c_char) -> *mut Dir {
    // SAFETY: the caller guarantees `name`.
    let fd = match unsafe { fs::openat(AT_FDCWD, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) } {
        Ok(fd) => fd,
        Err(e) => return c_ret(Err(e), core::ptr::null_mut()),
    };
    let d = alloc(fd);
    if d.is_null() {
        // calloc has set ENOMEM; don't leak the descriptor.
        let _ = fs::close(fd);
    }
    d
}
