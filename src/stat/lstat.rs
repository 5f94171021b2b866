//! `lstat` (POSIX.1-2017 lstat(); musl: src/stat/lstat.c).
use crate::abi::fcntl::{AT_FDCWD, AT_SYMLINK_NOFOLLOW};
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int};

/// `int lstat(const char *restrict path, struct stat *restrict st);`
///
/// # Safety
/// `path` must be a NUL-terminated string; `st` writable.
///
/// # Errors
/// As `fstatat`; a symbolic link is described itself.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lstat(path: *const c_char, st: *mut stat) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { super::fstatat::fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak lstat64", ".set lstat64, lstat");
