//! `wcscoll`, `wcscoll_l` (C17 7.29.4.4.2; musl: src/locale/wcscoll.c). Every rcc locale
//! collates as the C locale: by code point. (musl keeps it in src/locale/; it sits with the
//! other wide string functions here.)
use crate::abi::locale::locale_t;
use crate::abi::types::{c_int, wchar_t};
use crate::string::wcscmp::wcscmp;

/// `int wcscoll(const wchar_t *l, const wchar_t *r);`
///
/// # Safety
/// `l` and `r` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscoll(l: *const wchar_t, r: *const wchar_t) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wcscmp(l, r) }
}

/// `int __wcscoll_l(const wchar_t *l, const wchar_t *r, locale_t loc);` (also `wcscoll_l`)
///
/// # Safety
/// `l` and `r` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __wcscoll_l(
    l: *const wchar_t,
    r: *const wchar_t,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wcscmp(l, r) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak wcscoll_l", ".set wcscoll_l, __wcscoll_l");
