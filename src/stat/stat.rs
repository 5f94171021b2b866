//! `stat` (POSIX.1-2017 stat(); musl: src/stat/stat.c).
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int};

/// `int stat(const char *restrict path, struct stat *restrict st);`
///
/// # Safety
/// `path` must be a NUL-terminated string; `st` writable.
///
/// # Errors
/// As `fstatat`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn stat(path: *const c_char, st: *mut stat) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { super::fstatat::fstatat(AT_FDCWD, path, st, 0) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak stat64", ".set stat64, stat");
