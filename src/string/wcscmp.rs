//! `wcscmp` (C17 7.29.4.4.1; musl: src/string/wcscmp.c).
use crate::abi::types::{c_int, wchar_t};
use crate::string::wcsncmp::wcsncmp;

/// `int wcscmp(const wchar_t *l, const wchar_t *r);`
///
/// Compares as `wchar_t` (signed) values, as musl.
///
/// # Safety
/// `l` and `r` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscmp(l: *const wchar_t, r: *const wchar_t) -> c_int {
    // SAFETY: forwarded; the scan stops at the first difference or terminator.
    unsafe { wcsncmp(l, r, usize::MAX) }
}
