//! `wcsncpy` (C17 7.29.4.2.2; musl: src/string/wcsncpy.c).
use crate::abi::types::{size_t, wchar_t};
use crate::string::wcpncpy::wcpncpy;

/// `wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);`
///
/// # Safety
/// `s` readable up to its terminator or `n` elements; `d` writable for `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe { wcpncpy(d, s, n) };
    d
}
