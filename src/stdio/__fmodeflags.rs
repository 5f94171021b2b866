//! Translating an `fopen` mode string into `open` flags (musl: src/stdio/__fmodeflags.c).
use crate::abi::fcntl::*;
use crate::abi::types::{c_char, c_int};

/// Whether the NUL-terminated `mode` contains `c`.
///
/// # Safety
/// `mode` is a NUL-terminated string.
pub unsafe fn has(mode: *const c_char, c: u8) -> bool {
    let mut p = mode;
    // SAFETY: the caller guarantees termination; we stop at the NUL.
    unsafe {
        while *p != 0 {
            if *p as u8 == c {
                return true;
            }
            p = p.add(1);
        }
    }
    false
}

/// Whether `mode` starts with `r`, `w` or `a` (anything else is `EINVAL`).
///
/// # Safety
/// `mode` is a NUL-terminated string.
pub unsafe fn valid(mode: *const c_char) -> bool {
    // SAFETY: the first byte exists (possibly the NUL).
    matches!(unsafe { *mode } as u8, b'r' | b'w' | b'a')
}

/// `open` flags for `mode`: `r`/`w`/`a` with `+`, `x` → `O_EXCL`, `e` → `O_CLOEXEC`
/// (`b` and anything else ignored).
///
/// # Safety
/// `mode` is a NUL-terminated string.
pub unsafe fn mode_flags(mode: *const c_char) -> c_int {
    // SAFETY: forwarded contract.
    unsafe {
        let first = *mode as u8;
        let mut flags = if has(mode, b'+') {
            O_RDWR
        } else if first == b'r' {
            O_RDONLY
        } else {
            O_WRONLY
        };
        if has(mode, b'x') {
            flags |= O_EXCL;
        }
        if has(mode, b'e') {
            flags |= O_CLOEXEC;
        }
        if first != b'r' {
            flags |= O_CREAT;
        }
        if first == b'w' {
            flags |= O_TRUNC;
        }
        if first == b'a' {
            flags |= O_APPEND;
        }
        flags
    }
}
