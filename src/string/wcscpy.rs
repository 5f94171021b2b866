//! `wcscpy` (C17 7.29.4.2.1; musl: src/string/wcscpy.c).
use crate::abi::types::wchar_t;
use crate::string::wcpcpy::wcpcpy;

/// `wchar_t *wcscpy(wchar_t *restrict d, const wchar_t *restrict s);`
///
/// # Safety
/// `s` is a wide string; `d` has room for it and its terminator; they don't overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscpy(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe { wcpcpy(d, s) };
    d
}
