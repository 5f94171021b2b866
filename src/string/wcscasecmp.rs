//! `wcscasecmp`, `wcscasecmp_l` (POSIX.1-2008; musl: src/string/wcscasecmp.c,
//! wcscasecmp_l.c). Compares `towlower` of each character, as musl.
use crate::abi::locale::locale_t;
use crate::abi::types::{c_int, wchar_t};
use crate::string::wcsncasecmp::wcsncasecmp;

/// `int wcscasecmp(const wchar_t *l, const wchar_t *r);`
///
/// # Safety
/// `l` and `r` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscasecmp(l: *const wchar_t, r: *const wchar_t) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wcsncasecmp(l, r, usize::MAX) }
}

/// `int wcscasecmp_l(const wchar_t *l, const wchar_t *r, locale_t loc);`
///
/// # Safety
/// `l` and `r` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscasecmp_l(
    l: *const wchar_t,
    r: *const wchar_t,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wcsncasecmp(l, r, usize::MAX) }
}
