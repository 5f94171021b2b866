//! `wcscat` (C17 7.29.4.3.1; musl: src/string/wcscat.c).
use crate::abi::types::wchar_t;
use crate::string::{wcpcpy::wcpcpy, wcslen::wcslen};

/// `wchar_t *wcscat(wchar_t *restrict d, const wchar_t *restrict s);`
///
/// # Safety
/// `d` and `s` are wide strings; `d` has room for the result; they don't overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscat(d: *mut wchar_t, s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe { wcpcpy(d.add(wcslen(d)), s) };
    d
}
