//! `mkfifo` (POSIX.1-2017 mkfifo(); musl: src/stat/mkfifo.c).
use crate::abi::stat::S_IFIFO;
use crate::abi::types::{c_char, c_int, mode_t};

/// `int mkfifo(const char *path, mode_t mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `mknod`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifo(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    unsafe { super::mknod::mknod(path, mode | S_IFIFO as mode_t, 0) }
}
