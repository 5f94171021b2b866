//! `atoi` (C17 7.22.1.2; musl: src/stdlib/atoi.c).
use crate::abi::types::{c_char, c_int};

/// `int atoi(const char *s);`
///
/// Leading C-locale spaces, an optional sign, then decimal digits. Overflow is undefined
/// in C; here the value wraps.
///
/// # Safety
/// `s` is a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn atoi(s: *const c_char) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { super::atoll::parse(s) as c_int }
}
