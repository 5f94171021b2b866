//! `mkfifoat` (POSIX.1-2017 mkfifoat(); musl: src/stat/mkfifoat.c).
use crate::abi::stat::S_IFIFO;
use crate::abi::types::{c_char, c_int, mode_t};

/// `int mkfifoat(int dirfd, const char *path, mode_t mode);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `mknodat`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkfifoat(dirfd: c_int, path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees the string.
    unsafe { super::mknodat::mknodat(dirfd, path, mode | S_IFIFO as mode_t, 0) }
}
