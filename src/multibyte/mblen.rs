//! `mblen` (C17 7.22.7.1; musl: src/multibyte/mblen.c).
use crate::abi::types::{c_char, c_int, size_t};

/// `int mblen(const char *s, size_t n);` — `mbtowc(NULL, s, n)`.
///
/// # Safety
/// `s` null or readable for `n` bytes (or up to its NUL).
///
/// # Errors
/// `EILSEQ`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mblen(s: *const c_char, n: size_t) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { super::mbtowc::convert(core::ptr::null_mut(), s, n) }
}
