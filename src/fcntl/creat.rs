//! `creat` (POSIX.1-2017; musl: src/fcntl/creat.c).
use crate::abi::fcntl::{O_CREAT, O_TRUNC, O_WRONLY};
use crate::abi::types::{c_char, c_int, mode_t};

/// `int creat(const char *path, mode_t mode);` — `open(path, O_WRONLY|O_CREAT|O_TRUNC, mode)`.
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `open`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn creat(path: *const c_char, mode: mode_t) -> c_int {
    // SAFETY: the caller guarantees path.
    unsafe { super::open::__rcc_open(path, O_WRONLY | O_CREAT | O_TRUNC, mode) }
}
