//! `atof` (C17 7.22.1.1; musl: src/stdlib/atof.c).
use crate::abi::types::c_char;

/// `double atof(const char *s);` — `strtod(s, NULL)`.
///
/// # Safety
/// `s` is a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn atof(s: *const c_char) -> f64 {
    // SAFETY: forwarded caller contract.
    unsafe { super::strtod::strtod(s, core::ptr::null_mut()) }
}
