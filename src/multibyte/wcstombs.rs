//! `wcstombs` (C17 7.22.8.2; musl: src/multibyte/wcstombs.c).
use crate::abi::types::{c_char, size_t, wchar_t};

/// `size_t wcstombs(char *restrict s, const wchar_t *restrict pwcs, size_t n);` —
/// `wcsrtombs(s, &pwcs, n, NULL)`.
///
/// # Safety
/// `pwcs` is `L'\0'`-terminated; `s` null or writable for `n` bytes.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcstombs(s: *mut c_char, pwcs: *const wchar_t, n: size_t) -> size_t {
    let mut src = pwcs;
    // SAFETY: forwarded contract.
    unsafe { super::wcsnrtombs::convert(s, &mut src, usize::MAX, n) }
}
