//! `wcswcs` (XSI, legacy name of `wcsstr`; musl: src/string/wcswcs.c).
use crate::abi::types::wchar_t;

/// `wchar_t *wcswcs(const wchar_t *haystack, const wchar_t *needle);`
///
/// The first occurrence of `needle` in `haystack`, as `wcsstr`.
///
/// # Safety
/// Both arguments are terminated wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcswcs(haystack: *const wchar_t, needle: *const wchar_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe { super::wcsstr::wcsstr(haystack, needle) }
}
